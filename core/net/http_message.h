#pragma once

#include <functional>
#include <optional>
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
    /// Work to do once the answer is on its way (the next page rendered while the client reads
    /// this one); it runs on the connection's thread before its next request is read.
    std::function<void()> afterSent;
};

const char *reasonPhrase(int status);

/// Reads a request head (the bytes before the blank line): the request line and the headers.
/// False for a request line that is not "METHOD TARGET VERSION".
bool parseRequestHead(std::string_view head, HttpRequest &request, bool &http10);
/// The body length the request declares (0 without Content-Length); nullopt when it is not a
/// number or larger than a request Paydeck accepts (16 MiB).
std::optional<size_t> declaredContentLength(const HttpRequest &request);

/// Decodes %XX and '+' in a query component.
std::string percentDecode(std::string_view text);
/// Splits "a=1&b=2" into decoded pairs.
std::vector<std::pair<std::string, std::string>> parseQuery(std::string_view query);

} // namespace paydeck::net
