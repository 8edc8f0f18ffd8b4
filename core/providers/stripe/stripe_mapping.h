#pragma once

#include "domain/objects.h"
#include "providers/provider.h"
#include "util/result.h"

#include <simdjson.h>

#include <string_view>
#include <vector>

namespace paydeck::stripe {

/// The API version Paydeck's mapping is written and tested against; sent as `Stripe-Version`.
inline constexpr const char *kApiVersion = "2023-08-16";

// Mapping of Stripe JSON objects into domain types. Required fields (id, amount, currency,
// created and the like) must be present and typed; everything else is optional, nullable and may
// be expanded (`source` as an id or an object). Unknown fields and new enum values are accepted.

/// Maps a Stripe object into its domain type by the type's description (domain/object_fields.h).
template<typename T>
Result<T> mapObject(simdjson::dom::element object);

/// One page of a list endpoint: `{"object":"list","data":[…],"has_more":…}`.
template<typename T>
struct ListPage
{
    std::vector<T> data;
    bool hasMore = false;
};

/// Parses a whole list page; the page is rejected as a whole when any object in it is invalid.
/// `parser` is reused across calls to keep its buffers.
template<typename T>
Result<ListPage<T>> parseListPage(simdjson::dom::parser &parser, std::string_view json);

/// One Stripe event: id, type and created are required; the object it is about (kind and id)
/// is empty when the event names none Paydeck keeps.
Result<providers::ProviderEvent> mapEvent(simdjson::dom::element event);

/// A page of `/v1/events`.
Result<providers::EventPage> parseEventPage(simdjson::dom::parser &parser, std::string_view json);

/// The `error.message` (and type) of a Stripe error body, or an empty string.
QString parseErrorMessage(std::string_view json);

} // namespace paydeck::stripe
