#include "http_message.h"

#include <cctype>

namespace paydeck::net {

std::string_view HttpRequest::header(std::string_view name) const
{
    for (const auto &[key, value] : headers) {
        if (key.size() == name.size()) {
            bool same = true;
            for (size_t i = 0; i < key.size() && same; ++i)
                same = key[i] == std::tolower(static_cast<unsigned char>(name[i]));
            if (same)
                return value;
        }
    }
    return {};
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

std::string percentDecode(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+') {
            out.push_back(' ');
        } else if (c == '%' && i + 2 < text.size() + 0 && i + 2 <= text.size() - 1
                   && std::isxdigit(static_cast<unsigned char>(text[i + 1]))
                   && std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
            out.push_back(char(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16)));
            i += 2;
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> parseQuery(std::string_view query)
{
    std::vector<std::pair<std::string, std::string>> out;
    size_t start = 0;
    while (start <= query.size()) {
        size_t end = query.find('&', start);
        if (end == std::string_view::npos)
            end = query.size();
        const std::string_view part = query.substr(start, end - start);
        if (!part.empty()) {
            const size_t eq = part.find('=');
            if (eq == std::string_view::npos)
                out.emplace_back(percentDecode(part), std::string());
            else
                out.emplace_back(percentDecode(part.substr(0, eq)),
                                 percentDecode(part.substr(eq + 1)));
        }
        start = end + 1;
    }
    return out;
}

bool parseRequestHead(std::string_view head, HttpRequest &request, bool &http10)
{
    const size_t lineEnd = head.find("\r\n");
    const std::string_view requestLine = head.substr(0, lineEnd);
    const size_t sp1 = requestLine.find(' ');
    const size_t sp2 = requestLine.rfind(' ');
    if (sp1 == std::string_view::npos || sp2 == sp1)
        return false;
    request.method = std::string(requestLine.substr(0, sp1));
    const std::string_view target = requestLine.substr(sp1 + 1, sp2 - sp1 - 1);
    const size_t question = target.find('?');
    request.path = std::string(target.substr(0, question));
    if (question != std::string_view::npos)
        request.query = std::string(target.substr(question + 1));
    http10 = requestLine.substr(sp2 + 1) == "HTTP/1.0";
    size_t pos = lineEnd == std::string_view::npos ? head.size() : lineEnd + 2;
    while (pos < head.size()) {
        size_t end = head.find("\r\n", pos);
        if (end == std::string_view::npos)
            end = head.size();
        const std::string_view line = head.substr(pos, end - pos);
        const size_t colon = line.find(':');
        if (colon != std::string_view::npos) {
            std::string name(line.substr(0, colon));
            for (char &c : name)
                c = char(std::tolower(static_cast<unsigned char>(c)));
            std::string_view value = line.substr(colon + 1);
            while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
                value.remove_prefix(1);
            while (!value.empty() && (value.back() == ' ' || value.back() == '\t'))
                value.remove_suffix(1);
            request.headers.emplace_back(std::move(name), std::string(value));
        }
        pos = end + 2;
    }
    return true;
}

std::optional<size_t> declaredContentLength(const HttpRequest &request)
{
    constexpr size_t kLimit = size_t(16) << 20;
    const std::string_view value = request.header("content-length");
    if (value.empty())
        return size_t(0);
    size_t length = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return std::nullopt;
        length = length * 10 + size_t(c - '0');
        if (length > kLimit)
            return std::nullopt;
    }
    return length;
}

} // namespace paydeck::net
