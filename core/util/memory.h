#pragma once

namespace paydeck::util {

/// Makes freed memory go back to the system soon instead of staying with the process: large
/// blocks (a million row keys, a search's result) are mapped and unmapped on their own, and
/// glibc does not raise that limit after each free as it otherwise does. A long-running GUI
/// that sorts and searches large results otherwise keeps its largest moment resident.
void returnFreedMemoryPromptly();

/// Gives the memory freed by a large one-off job (building an index) back to the system now.
void trimFreedMemory();

} // namespace paydeck::util
