#include "stripe_serializer.h"

#include "util/json_writer.h"
#include "world.h"

#include <algorithm>
#include <array>
#include <span>
#include <string_view>
#include <vector>

namespace paydeck::sandbox {

namespace {

// Objects are written from their description (domain/object_fields.h): every described field at
// each of its paths, plus the fields Stripe always sends that the domain does not keep (the
// "extras" below), in Stripe's key order — id, object, then alphabetical, nested objects alike.

constexpr size_t kMaxDescribedFields = 64;

template<typename T>
using ExtraWriter = void (*)(JsonWriter &, const T &);

template<typename T>
struct Extra
{
    const char *path;
    ExtraWriter<T> write;
};

/// Writes one field value the way its wire kind says; false: leave the key out.
bool omitted(const std::string &, Wire)
{
    return false;
}
bool omitted(int value, Wire wire)
{
    return wire == Wire::OmitUnset && value < 0;
}
template<typename V>
bool omitted(const V &, Wire)
{
    return false;
}

void writeValue(JsonWriter &w, const std::string &v, Wire wire)
{
    switch (wire) {
    case Wire::Nullable:
        w.nullableString(v);
        break;
    case Wire::RawNumber:
        if (v.empty())
            w.null();
        else
            w.raw(v);
        break;
    case Wire::RawObject:
        w.raw(v.empty() ? std::string_view("{}") : std::string_view(v));
        break;
    default:
        w.value(v);
    }
}
void writeValue(JsonWriter &w, qint64 v, Wire)
{
    w.value(v);
}
void writeValue(JsonWriter &w, int v, Wire)
{
    w.value(qint64(v));
}
void writeValue(JsonWriter &w, bool v, Wire)
{
    w.value(v);
}
void writeValue(JsonWriter &w, const std::vector<FeeDetail> &fees, Wire)
{
    w.beginArray();
    for (const FeeDetail &fee : fees) {
        w.beginObject();
        w.key("amount").value(fee.amount);
        w.key("application").nullableString(fee.application);
        w.key("currency").value(fee.currency);
        w.key("description").nullableString(fee.description);
        w.key("type").value(fee.type);
        w.endObject();
    }
    w.endArray();
}
void writeValue(JsonWriter &w, const std::vector<std::string> &items, Wire)
{
    w.beginArray();
    for (const std::string &item : items)
        w.value(item);
    w.endArray();
}

/// A field's value reached by its index in the description, without knowing its type.
struct ErasedField
{
    Wire wire;
    bool (*omit)(const void *value, Wire wire);
    void (*write)(JsonWriter &w, const void *value, Wire wire);
};

template<typename V>
ErasedField erase(Wire wire)
{
    return ErasedField{
        wire,
        [](const void *value, Wire w) { return omitted(*static_cast<const V *>(value), w); },
        [](JsonWriter &json, const void *value, Wire w) {
            writeValue(json, *static_cast<const V *>(value), w);
        }};
}

/// One key of the written object: a described field, an extra, or a nested object.
template<typename T>
struct Node
{
    std::string key;
    std::string keyJson; // "key": as written, escaped once here rather than for every object
    int field = -1;
    ExtraWriter<T> extra = nullptr;
    std::vector<Node> children;

    Node &child(const std::string &name)
    {
        for (Node &c : children)
            if (c.key == name)
                return c;
        std::string keyJson;
        JsonWriter::appendEscaped(keyJson, name);
        keyJson.push_back(':');
        children.push_back(Node{name, std::move(keyJson), -1, nullptr, {}});
        return children.back();
    }
    void place(std::string_view path, int fieldIndex, ExtraWriter<T> writer)
    {
        Node *node = this;
        while (!path.empty()) {
            path.remove_prefix(1); // the '/'
            const size_t slash = path.find('/');
            node = &node->child(std::string(path.substr(0, slash)));
            path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
        }
        node->field = fieldIndex;
        node->extra = writer;
    }
    void sort()
    {
        const auto rank = [](const std::string &key) {
            return key == "id" ? 0 : key == "object" ? 1 : 2;
        };
        std::sort(children.begin(), children.end(), [&](const Node &a, const Node &b) {
            return rank(a.key) != rank(b.key) ? rank(a.key) < rank(b.key) : a.key < b.key;
        });
        for (Node &c : children)
            c.sort();
    }
};

template<typename T>
std::span<const Extra<T>> extrasOf();

/// The layout of T's objects, built once from the description and the extras.
template<typename T>
struct Layout
{
    std::vector<ErasedField> fields;
    Node<T> root;

    Layout()
    {
        T probe;
        visitFields(probe, [this](const FieldSpec &field, const auto &value) {
            const int index = int(fields.size());
            fields.push_back(erase<std::decay_t<decltype(value)>>(field.wire));
            std::string_view paths(field.paths);
            while (!paths.empty()) {
                const size_t bar = paths.find('|');
                root.place(paths.substr(0, bar), index, nullptr);
                paths = bar == std::string_view::npos ? std::string_view() : paths.substr(bar + 1);
            }
        });
        if (fields.size() > kMaxDescribedFields)
            qFatal("paydeck: raise kMaxDescribedFields to %zu", fields.size());
        for (const Extra<T> &extra : extrasOf<T>())
            root.place(extra.path, -1, extra.write);
        root.sort();
    }

    void write(JsonWriter &w, const Node<T> &node, const T &object, const void *const *values) const
    {
        w.beginObject();
        for (const Node<T> &child : node.children) {
            if (child.field >= 0) {
                const ErasedField &field = fields[size_t(child.field)];
                if (field.omit(values[child.field], field.wire))
                    continue;
                w.escapedKey(child.keyJson);
                field.write(w, values[child.field], field.wire);
            } else if (child.extra) {
                w.escapedKey(child.keyJson);
                child.extra(w, object);
            } else {
                w.escapedKey(child.keyJson);
                write(w, child, object, values);
            }
        }
        w.endObject();
    }
};

template<typename T>
void appendDescribed(std::string &out, const T &object)
{
    static const Layout<T> layout;
    JsonWriter w(out);
    // The values' addresses in description order, for the layout's field nodes.
    std::array<const void *, kMaxDescribedFields> values{};
    size_t count = 0;
    visitFields(object, [&](const FieldSpec &, const auto &value) { values[count++] = &value; });
    layout.write(w, layout.root, object, values.data());
}

// What Stripe sends beyond the described fields (API version 2023-08-16).

constexpr char kBalanceTransaction[] = "balance_transaction";
constexpr char kCharge[] = "charge";
constexpr char kRefund[] = "refund";
constexpr char kPayout[] = "payout";
constexpr char kDispute[] = "dispute";

template<>
std::span<const Extra<BalanceTransaction>> extrasOf()
{
    static const Extra<BalanceTransaction> extras[] = {
        {"/object",
         [](JsonWriter &w, const BalanceTransaction &) {
             w.value(kBalanceTransaction);
         }},
    };
    return extras;
}

template<>
std::span<const Extra<Charge>> extrasOf()
{
    using W = JsonWriter;
    static const Extra<Charge> extras[] = {
        {"/object",
         [](W &w, const Charge &) {
             w.value(kCharge);
         }},
        {"/application",
         [](W &w, const Charge &) {
             w.null();
         }},
        {"/application_fee_amount",
         [](W &w, const Charge &) {
             w.null();
         }},
        {"/billing_details/address/city",
         [](W &w, const Charge &) {
             w.null();
         }},
        {"/billing_details/address/country",
         [](W &w, const Charge &c) {
             w.nullableString(c.cardCountry);
         }},
        {"/billing_details/address/line1",
         [](W &w, const Charge &) {
             w.null();
         }},
        {"/billing_details/address/line2",
         [](W &w, const Charge &) {
             w.null();
         }},
        {"/billing_details/address/postal_code",
         [](W &w, const Charge &) {
             w.null();
         }},
        {"/billing_details/address/state",
         [](W &w, const Charge &) {
             w.null();
         }},
        {"/billing_details/phone",
         [](W &w, const Charge &) {
             w.null();
         }},
        {"/calculated_statement_descriptor",
         [](W &w, const Charge &) {
             w.value("PAYDECK SANDBOX");
         }},
        {"/fraud_details",
         [](W &w, const Charge &) {
             w.beginObject().endObject();
         }},
        {"/livemode",
         [](W &w, const Charge &) {
             w.value(false);
         }},
        {"/payment_method_details/card/checks/address_line1_check",
         [](W &w, const Charge &) {
             w.null();
         }},
        {"/payment_method_details/card/checks/address_postal_code_check",
         [](W &w, const Charge &) {
             w.null();
         }},
        {"/payment_method_details/card/checks/cvc_check",
         [](W &w, const Charge &c) {
             w.value(c.failureCode == "incorrect_cvc" ? "fail" : "pass");
         }},
        {"/payment_method_details/card/exp_month",
         [](W &w, const Charge &c) {
             w.value(qint64(1 + (c.cardLast4.empty() ? 0 : (c.cardLast4[3] - '0'))));
         }},
        {"/payment_method_details/card/exp_year",
         [](W &w, const Charge &c) {
             w.value(qint64(2027 + (c.cardLast4.empty() ? 0 : (c.cardLast4[2] - '0') % 5)));
         }},
        {"/payment_method_details/card/network",
         [](W &w, const Charge &c) {
             w.nullableString(c.cardBrand);
         }},
        {"/payment_method_details/type",
         [](W &w, const Charge &) {
             w.value("card");
         }},
    };
    return extras;
}

template<>
std::span<const Extra<Refund>> extrasOf()
{
    static const Extra<Refund> extras[] = {
        {"/object",
         [](JsonWriter &w, const Refund &) {
             w.value(kRefund);
         }},
        {"/payment_intent",
         [](JsonWriter &w, const Refund &) {
             w.null();
         }},
        {"/receipt_number",
         [](JsonWriter &w, const Refund &) {
             w.null();
         }},
    };
    return extras;
}

template<>
std::span<const Extra<Payout>> extrasOf()
{
    using W = JsonWriter;
    static const Extra<Payout> extras[] = {
        {"/object",
         [](W &w, const Payout &) {
             w.value(kPayout);
         }},
        {"/failure_balance_transaction",
         [](W &w, const Payout &) {
             w.null();
         }},
        {"/livemode",
         [](W &w, const Payout &) {
             w.value(false);
         }},
        {"/reconciliation_status",
         [](W &w, const Payout &p) {
             w.value(p.status == "paid" ? "completed" : "in_progress");
         }},
        {"/source_type",
         [](W &w, const Payout &) {
             w.value("card");
         }},
    };
    return extras;
}

template<>
std::span<const Extra<Dispute>> extrasOf()
{
    using W = JsonWriter;
    static const Extra<Dispute> extras[] = {
        {"/object",
         [](W &w, const Dispute &) {
             w.value(kDispute);
         }},
        {"/evidence_details/has_evidence",
         [](W &w, const Dispute &) {
             w.value(false);
         }},
        {"/evidence_details/past_due",
         [](W &w, const Dispute &) {
             w.value(false);
         }},
        {"/evidence_details/submission_count",
         [](W &w, const Dispute &) {
             w.value(qint64(0));
         }},
        {"/livemode",
         [](W &w, const Dispute &) {
             w.value(false);
         }},
    };
    return extras;
}

} // namespace

void appendStripeJson(std::string &out, const BalanceTransaction &bt)
{
    appendDescribed(out, bt);
}

void appendStripeJson(std::string &out, const Charge &charge)
{
    appendDescribed(out, charge);
}

void appendStripeJson(std::string &out, const Refund &refund)
{
    appendDescribed(out, refund);
}

void appendStripeJson(std::string &out, const Payout &payout)
{
    appendDescribed(out, payout);
}

void appendStripeJson(std::string &out, const Dispute &dispute)
{
    appendDescribed(out, dispute);
}

void appendStripeJson(std::string &out, const EventRecord &event)
{
    JsonWriter w(out);
    w.beginObject();
    w.key("id").value(event.id);
    w.key("object").value("event");
    w.key("api_version").value("2023-08-16");
    w.key("created").value(event.created);
    w.key("data")
        .beginObject()
        .key("object")
        .raw(event.objectJson ? *event.objectJson : std::string("null"))
        .endObject();
    w.key("livemode").value(false);
    w.key("pending_webhooks").value(qint64(0));
    w.key("request").beginObject().key("id").null().key("idempotency_key").null().endObject();
    w.key("type").value(event.type);
    w.endObject();
}

} // namespace paydeck::sandbox
