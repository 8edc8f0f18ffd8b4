#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace paydeck::net {

struct HttpRequest
{
    std::string method;
    std::string path;                                         // without the query
    std::string query;                                        // after '?', still percent-encoded
    std::vector<std::pair<std::string, std::string>> headers; // names lower-case
    std::string body;

    /// The first value of a header (name in any case), or empty.
    std::string_view header(std::string_view name) const;
};

struct HttpResponse
{
    int status = 200;
    std::string contentType = "application/json";
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    /// Fault injection: send only this many bytes of the body (the head still announces all of
    /// it), then close the connection. -1 sends everything.
    long long truncateAfter = -1;
};

const char *reasonPhrase(int status);

/// Decodes %XX and '+' in a query component.
std::string percentDecode(std::string_view text);
/// Splits "a=1&b=2" into decoded pairs.
std::vector<std::pair<std::string, std::string>> parseQuery(std::string_view query);

} // namespace paydeck::net
