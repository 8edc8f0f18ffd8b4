#include "stripe_mapping.h"

#include "field_locations.h"

#include <QObject>

namespace paydeck::stripe {
namespace {

using simdjson::dom::element;

QString describe(element object)
{
    std::string_view id;
    if (object["id"].get(id) == simdjson::SUCCESS)
        return QString::fromUtf8(id.data(), qsizetype(id.size()));
    return QObject::tr("(object without id)");
}

/// The text of an element: a string, the id of an expanded object, a number as it was sent.
std::string textOf(element value)
{
    switch (value.type()) {
    case simdjson::dom::element_type::STRING:
        return std::string(std::string_view(value));
    case simdjson::dom::element_type::OBJECT: {
        std::string_view id;
        if (value["id"].get(id) == simdjson::SUCCESS)
            return std::string(id);
        return {};
    }
    case simdjson::dom::element_type::INT64:
        return std::to_string(int64_t(value));
    case simdjson::dom::element_type::UINT64:
        return std::to_string(uint64_t(value));
    case simdjson::dom::element_type::DOUBLE:
        // Decimal values such as exchange_rate are kept as text, never computed with.
        return simdjson::minify(value);
    default:
        return {};
    }
}

bool isRequired(Wire wire)
{
    return wire == Wire::Required || wire == Wire::Currency;
}

/// Reads the described fields of `object` into `out` one after another (left at their defaults
/// when absent), from the values one walk over the object found (FieldLocations). A required field
/// that is missing or mistyped is a problem, reported with the object's id.
struct FieldReader
{
    FieldReader(element of, const FieldLocations &where) : object(of), locations(where)
    {
        locations.find(object.get_object().value_unsafe(), found);
    }
    element object;
    const FieldLocations &locations;
    FieldLocations::Found found;
    QString problem;
    int next = 0; // the index of the field the next call reads

    /// The value of the current field's `alternative`-th JSON pointer, if present and not null.
    bool at(int field, int alternative, element &value) const
    {
        const int slot = locations.slot(field, alternative);
        if (!found.present[slot] || found.value[slot].is_null())
            return false;
        value = found.value[slot];
        return true;
    }
    /// The first of the field's JSON pointers that is present and not null.
    bool locate(int field, element &value) const
    {
        for (int k = 0; k < locations.alternatives(field); ++k) {
            if (at(field, k, value))
                return true;
        }
        return false;
    }

    bool missing(const FieldSpec &field)
    {
        problem = QObject::tr("%1: required field \"%2\" is missing or has the wrong type")
                      .arg(describe(object), QString::fromLatin1(field.name));
        return false;
    }

    void operator()(const FieldSpec &field, std::string &out)
    {
        const int index = next++;
        if (!problem.isEmpty())
            return;
        element value;
        if (field.wire == Wire::RawObject) {
            out = locate(index, value) && value.is_object() ? simdjson::minify(value)
                                                            : std::string("{}");
            return;
        }
        if (isRequired(field.wire)) {
            std::string_view text;
            if (!locate(index, value) || value.get(text) != simdjson::SUCCESS || text.empty()) {
                missing(field);
                return;
            }
            out.assign(text);
            if (field.wire == Wire::Currency && !Currency::fromCode(std::string_view(out)))
                problem = QObject::tr("%1: \"%2\" is not an ISO 4217 currency")
                              .arg(describe(object), QString::fromStdString(out));
            return;
        }
        // An alternative path is a fallback for a value the first one lacks (e.g. the e-mail).
        for (int k = 0; out.empty() && k < locations.alternatives(index); ++k) {
            if (at(index, k, value))
                out = textOf(value);
        }
    }
    template<typename Number>
    requires std::is_same_v<Number, qint64> || std::is_same_v<Number, int>
    void operator()(const FieldSpec &field, Number &out)
    {
        const int index = next++;
        if (!problem.isEmpty())
            return;
        element value;
        int64_t number = 0;
        if (locate(index, value) && value.get(number) == simdjson::SUCCESS)
            out = Number(number);
        else if (isRequired(field.wire))
            missing(field);
    }
    void operator()(const FieldSpec &, bool &out)
    {
        const int index = next++;
        element value;
        bool flag = false;
        if (problem.isEmpty() && locate(index, value) && value.get(flag) == simdjson::SUCCESS)
            out = flag;
    }
    void operator()(const FieldSpec &, std::vector<FeeDetail> &out)
    {
        const int index = next++;
        element value;
        simdjson::dom::array fees;
        if (!problem.isEmpty() || !locate(index, value) || value.get(fees) != simdjson::SUCCESS)
            return;
        for (element fee : fees) {
            FeeDetail detail;
            int64_t amount = 0;
            if (fee["amount"].get(amount) == simdjson::SUCCESS)
                detail.amount = amount;
            element text;
            for (auto [key, target] : {std::pair{"currency", &detail.currency},
                                       std::pair{"type", &detail.type},
                                       std::pair{"description", &detail.description},
                                       std::pair{"application", &detail.application}}) {
                if (fee[key].get(text) == simdjson::SUCCESS)
                    *target = textOf(text);
            }
            out.push_back(std::move(detail));
        }
    }
    void operator()(const FieldSpec &, std::vector<std::string> &out)
    {
        const int index = next++;
        element value;
        simdjson::dom::array items;
        if (!problem.isEmpty() || !locate(index, value) || value.get(items) != simdjson::SUCCESS)
            return;
        for (element item : items) {
            if (item.is_string() || item.is_object())
                out.push_back(textOf(item)); // an id, or an expanded object's id
        }
    }
};

} // namespace

template<typename T>
Result<T> mapObject(element object)
{
    const char *expectedType = objectTypeName(typeOf(T{}));
    if (object.type() != simdjson::dom::element_type::OBJECT)
        return makeError(
            QObject::tr("expected a %1 object").arg(QString::fromLatin1(expectedType)));
    std::string_view objectType;
    if (object["object"].get(objectType) == simdjson::SUCCESS && objectType != expectedType) {
        return makeError(
            QObject::tr("%1: expected a %2, got a %3")
                .arg(describe(object),
                     QString::fromLatin1(expectedType),
                     QString::fromUtf8(objectType.data(), qsizetype(objectType.size()))));
    }
    T out;
    FieldReader reader(object, FieldLocations::of<T>());
    visitFields(out, reader);
    if (!reader.problem.isEmpty())
        return makeError(reader.problem);
    return out;
}

template Result<BalanceTransaction> mapObject(element);
template Result<Charge> mapObject(element);
template Result<Refund> mapObject(element);
template Result<Payout> mapObject(element);
template Result<Dispute> mapObject(element);

template<typename T>
Result<ListPage<T>> parseListPage(simdjson::dom::parser &parser, std::string_view json)
{
    element root;
    if (const auto error = parser.parse(json.data(), json.size()).get(root); error) {
        return makeError(QObject::tr("the response is not valid JSON (%1, %2 bytes)")
                             .arg(QString::fromLatin1(simdjson::error_message(error)))
                             .arg(json.size()));
    }
    std::string_view objectType;
    if (root["object"].get(objectType) != simdjson::SUCCESS || objectType != "list")
        return makeError(QObject::tr("the response is not a list object"));
    simdjson::dom::array data;
    if (root["data"].get(data) != simdjson::SUCCESS)
        return makeError(QObject::tr("the list has no \"data\" array"));
    ListPage<T> page;
    if (root["has_more"].get(page.hasMore) != simdjson::SUCCESS)
        return makeError(QObject::tr("the list has no \"has_more\" flag"));
    page.data.reserve(data.size());
    int index = 0;
    for (element object : data) {
        auto mapped = mapObject<T>(object);
        if (!mapped)
            return makeError(
                QObject::tr("object %1 of the page: %2").arg(index).arg(mapped.error()));
        page.data.push_back(std::move(mapped).value());
        ++index;
    }
    return page;
}

template Result<ListPage<BalanceTransaction>> parseListPage(simdjson::dom::parser &,
                                                            std::string_view);
template Result<ListPage<Charge>> parseListPage(simdjson::dom::parser &, std::string_view);
template Result<ListPage<Refund>> parseListPage(simdjson::dom::parser &, std::string_view);
template Result<ListPage<Payout>> parseListPage(simdjson::dom::parser &, std::string_view);
template Result<ListPage<Dispute>> parseListPage(simdjson::dom::parser &, std::string_view);

Result<providers::ProviderEvent> mapEvent(element event)
{
    std::string_view id, type, objectId, objectKind;
    int64_t created = 0;
    if (event["id"].get(id) != simdjson::SUCCESS || event["type"].get(type) != simdjson::SUCCESS
        || event["created"].get(created) != simdjson::SUCCESS)
        return makeError(QObject::tr("an event without id, type or created"));
    // Absent on events about objects Paydeck does not keep; then there is nothing to read.
    if (event.at_pointer("/data/object/id").get(objectId) != simdjson::SUCCESS)
        objectId = {};
    if (event.at_pointer("/data/object/object").get(objectKind) != simdjson::SUCCESS)
        objectKind = {};
    return providers::ProviderEvent{std::string(id),
                                    std::string(type),
                                    created,
                                    std::string(objectKind),
                                    std::string(objectId)};
}

Result<providers::EventPage> parseEventPage(simdjson::dom::parser &parser, std::string_view json)
{
    element root;
    simdjson::dom::array data;
    providers::EventPage page;
    if (parser.parse(json.data(), json.size()).get(root) != simdjson::SUCCESS
        || root["data"].get(data) != simdjson::SUCCESS
        || root["has_more"].get(page.hasMore) != simdjson::SUCCESS)
        return makeError(QObject::tr("the response is not an event list"));
    for (element item : data) {
        auto event = mapEvent(item);
        if (!event)
            return makeError(event.error());
        page.events.push_back(std::move(event).value());
    }
    return page;
}

QString parseErrorMessage(std::string_view json)
{
    simdjson::dom::parser parser;
    element root;
    if (parser.parse(json.data(), json.size()).get(root) != simdjson::SUCCESS)
        return {};
    std::string_view message;
    if (root.at_pointer("/error/message").get(message) != simdjson::SUCCESS)
        return {};
    return QString::fromUtf8(message.data(), qsizetype(message.size()));
}

} // namespace paydeck::stripe
