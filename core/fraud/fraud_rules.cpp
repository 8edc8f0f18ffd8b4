#include "fraud_rules.h"

#include "rule_attributes.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace paydeck::fraud {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("paydeck::fraud", text);
}

enum class Op { Eq, Ne, Lt, Le, Gt, Ge, In, NotIn };

struct Operand
{
    enum class Kind { Attribute, Constant, List } kind = Kind::Constant;
    AttributeReader attribute;
    RuleValue constant;
    std::string list;
};

struct Token
{
    enum class Kind { Word, Attribute, Number, Text, List, Operator, Open, Close, End } kind;
    QString text;
    int column = 0; // 1-based
};

/// Splits one line into tokens; an error names the column.
Result<std::vector<Token>> tokenize(const QString &line, int lineNumber)
{
    std::vector<Token> out;
    auto error = [&](int column, const QString &what) {
        return makeError(tr("line %1, column %2: %3").arg(lineNumber).arg(column).arg(what));
    };
    for (qsizetype i = 0; i < line.size();) {
        const QChar c = line[i];
        const int column = int(i) + 1;
        if (c.isSpace()) {
            ++i;
        } else if (c == u':') {
            const qsizetype end = line.indexOf(u':', i + 1);
            if (end < 0)
                return error(column, tr("an attribute is not closed with ':'"));
            out.push_back({Token::Kind::Attribute, line.mid(i + 1, end - i - 1), column});
            i = end + 1;
        } else if (c == u'\'' || c == u'"') {
            const qsizetype end = line.indexOf(c, i + 1);
            if (end < 0)
                return error(column, tr("a text is not closed with %1").arg(c));
            out.push_back({Token::Kind::Text, line.mid(i + 1, end - i - 1), column});
            i = end + 1;
        } else if (c == u'(' || c == u')') {
            out.push_back({c == u'(' ? Token::Kind::Open : Token::Kind::Close, QString(c), column});
            ++i;
        } else if (QStringLiteral("=!<>").contains(c)) {
            qsizetype end = i + 1;
            while (end < line.size() && QStringLiteral("=!<>").contains(line[end]))
                ++end;
            out.push_back({Token::Kind::Operator, line.mid(i, end - i), column});
            i = end;
        } else {
            qsizetype end = i;
            while (end < line.size() && !line[end].isSpace()
                   && !QStringLiteral(":'\"()=!<>").contains(line[end]))
                ++end;
            const QString word = line.mid(i, end - i);
            bool isNumber = false;
            const double number = word.toDouble(&isNumber);
            isNumber = isNumber && std::isfinite(number); // "nan" and "inf" are words
            const Token::Kind kind = word.startsWith(u'@') ? Token::Kind::List
                                     : isNumber            ? Token::Kind::Number
                                                           : Token::Kind::Word;
            out.push_back({kind, kind == Token::Kind::List ? word.mid(1) : word, column});
            i = end;
        }
    }
    out.push_back({Token::Kind::End, {}, int(line.size()) + 1});
    return out;
}

} // namespace

struct RuleNode
{
    enum class Kind { And, Or, Not, Compare, Truthy } kind = Kind::Truthy;
    std::vector<std::shared_ptr<const RuleNode>> children;
    Op op = Op::Eq;
    Operand left, right;
};

namespace {

/// Recursive descent over one rule's condition: or → and → not → comparison.
class ConditionParser
{
public:
    ConditionParser(std::vector<Token> tokens, int line, std::set<std::string> &listsUsed)
        : m_tokens(std::move(tokens)), m_line(line), m_listsUsed(listsUsed)
    {}

    Result<std::shared_ptr<const RuleNode>> parse(size_t from)
    {
        m_at = from;
        auto node = orExpression();
        if (node && peek().kind != Token::Kind::End)
            fail(tr("expected 'and', 'or' or the end of the rule"));
        if (!m_error.isEmpty())
            return makeError(m_error);
        return node;
    }

private:
    const Token &peek() const { return m_tokens[m_at]; }
    bool word(const char *w) const
    {
        return peek().kind == Token::Kind::Word
               && peek().text.compare(QLatin1String(w), Qt::CaseInsensitive) == 0;
    }
    std::nullptr_t fail(const QString &what)
    {
        if (m_error.isEmpty()) {
            const Token &t = peek();
            const QString found
                = t.kind == Token::Kind::End ? tr("the end of the line") : u'\'' + t.text + u'\'';
            m_error
                = tr("line %1, column %2: %3, found %4").arg(m_line).arg(t.column).arg(what, found);
        }
        return nullptr;
    }

    std::shared_ptr<const RuleNode>
    joined(RuleNode::Kind kind,
           const char *keyword,
           std::shared_ptr<const RuleNode> (ConditionParser::*next)())
    {
        auto first = (this->*next)();
        if (!first || !word(keyword))
            return first;
        auto node = std::make_shared<RuleNode>();
        node->kind = kind;
        node->children.push_back(first);
        while (word(keyword)) {
            ++m_at;
            auto more = (this->*next)();
            if (!more)
                return nullptr;
            node->children.push_back(more);
        }
        return node;
    }
    std::shared_ptr<const RuleNode> orExpression()
    {
        return joined(RuleNode::Kind::Or, "or", &ConditionParser::andExpression);
    }
    std::shared_ptr<const RuleNode> andExpression()
    {
        return joined(RuleNode::Kind::And, "and", &ConditionParser::notExpression);
    }
    std::shared_ptr<const RuleNode> notExpression()
    {
        if (!word("not"))
            return comparison();
        ++m_at;
        auto inner = notExpression();
        if (!inner)
            return nullptr;
        auto node = std::make_shared<RuleNode>();
        node->kind = RuleNode::Kind::Not;
        node->children.push_back(inner);
        return node;
    }
    std::shared_ptr<const RuleNode> comparison()
    {
        if (peek().kind == Token::Kind::Open) {
            ++m_at;
            auto inner = orExpression();
            if (!inner)
                return nullptr;
            if (peek().kind != Token::Kind::Close)
                return fail(tr("expected ')'"));
            ++m_at;
            return inner;
        }
        auto node = std::make_shared<RuleNode>();
        if (!operand(node->left))
            return nullptr;
        std::optional<Op> op = comparisonOperator();
        if (!op) {
            if (node->left.kind != Operand::Kind::Attribute)
                return fail(tr("expected a comparison"));
            node->kind = RuleNode::Kind::Truthy; // `:is_new_card:` alone: is it 1?
            return node;
        }
        node->kind = RuleNode::Kind::Compare;
        node->op = *op;
        if (!operand(node->right))
            return nullptr;
        const bool listOnRight = node->right.kind == Operand::Kind::List;
        if ((*op == Op::In || *op == Op::NotIn) != listOnRight)
            return fail(listOnRight ? tr("a list is compared with 'in' or 'not in'")
                                    : tr("'in' needs a @list"));
        if (node->left.kind == Operand::Kind::List)
            return fail(tr("a list goes on the right of 'in'"));
        return node;
    }
    std::optional<Op> comparisonOperator()
    {
        if (word("in")
            || (word("not") && m_tokens[m_at + 1].kind == Token::Kind::Word
                && m_tokens[m_at + 1].text.compare(u"in", Qt::CaseInsensitive) == 0)) {
            const bool negated = word("not");
            m_at += negated ? 2 : 1;
            return negated ? Op::NotIn : Op::In;
        }
        if (peek().kind != Token::Kind::Operator)
            return std::nullopt;
        static const std::map<QString, Op> ops{{QStringLiteral("="), Op::Eq},
                                               {QStringLiteral("=="), Op::Eq},
                                               {QStringLiteral("!="), Op::Ne},
                                               {QStringLiteral("<"), Op::Lt},
                                               {QStringLiteral("<="), Op::Le},
                                               {QStringLiteral(">"), Op::Gt},
                                               {QStringLiteral(">="), Op::Ge}};
        const auto it = ops.find(peek().text);
        if (it == ops.end()) {
            fail(tr("unknown operator"));
            return std::nullopt;
        }
        ++m_at;
        return it->second;
    }
    bool operand(Operand &out)
    {
        const Token &t = peek();
        switch (t.kind) {
        case Token::Kind::Attribute: {
            auto reader = attributeReader(t.text.toStdString());
            if (!reader) {
                fail(tr("unknown attribute (known: %1)").arg(attributeNames().join(u", ")));
                return false;
            }
            out.kind = Operand::Kind::Attribute;
            out.attribute = std::move(*reader);
            break;
        }
        case Token::Kind::Number:
            out.constant = RuleValue::of(t.text.toDouble());
            break;
        case Token::Kind::Text:
            out.constant = RuleValue::of(t.text.toStdString());
            break;
        case Token::Kind::List:
            out.kind = Operand::Kind::List;
            out.list = t.text.toLower().toStdString();
            m_listsUsed.insert(out.list);
            break;
        default:
            fail(tr("expected an :attribute:, a number, a 'text' or a @list"));
            return false;
        }
        ++m_at;
        return true;
    }

    std::vector<Token> m_tokens;
    int m_line;
    std::set<std::string> &m_listsUsed;
    size_t m_at = 0;
    QString m_error;
};

RuleValue valueOf(const Operand &operand, const ScoredCharge &charge)
{
    return operand.kind == Operand::Kind::Attribute ? operand.attribute(charge) : operand.constant;
}

bool compare(Op op, const RuleValue &a, const RuleValue &b)
{
    using K = RuleValue::Kind;
    if (a.kind == K::Missing || b.kind == K::Missing || a.kind != b.kind)
        return false; // an unknown value matches nothing, not even "!="
    const int order = a.kind == K::Number ? (a.number < b.number   ? -1
                                             : a.number > b.number ? 1
                                                                   : 0)
                                          : a.text.compare(b.text);
    switch (op) {
    case Op::Eq:
        return order == 0;
    case Op::Ne:
        return order != 0;
    case Op::Lt:
        return a.kind == K::Number && order < 0;
    case Op::Le:
        return a.kind == K::Number && order <= 0;
    case Op::Gt:
        return a.kind == K::Number && order > 0;
    case Op::Ge:
        return a.kind == K::Number && order >= 0;
    default:
        return false;
    }
}

std::string textOf(const RuleValue &v)
{
    if (v.kind != RuleValue::Kind::Number)
        return v.text;
    QString n = QString::number(v.number, 'f', 6);
    while (n.contains(u'.') && (n.endsWith(u'0') || n.endsWith(u'.')))
        n.chop(1);
    return n.toStdString();
}

bool matches(const RuleNode &node,
             const ScoredCharge &c,
             const std::map<std::string, RuleList> &lists)
{
    switch (node.kind) {
    case RuleNode::Kind::And:
        return std::all_of(node.children.begin(), node.children.end(), [&](const auto &child) {
            return matches(*child, c, lists);
        });
    case RuleNode::Kind::Or:
        return std::any_of(node.children.begin(), node.children.end(), [&](const auto &child) {
            return matches(*child, c, lists);
        });
    case RuleNode::Kind::Not:
        return !matches(*node.children.front(), c, lists);
    case RuleNode::Kind::Truthy: {
        const RuleValue v = valueOf(node.left, c);
        return v.kind == RuleValue::Kind::Number ? v.number != 0 : v.kind == RuleValue::Kind::Text;
    }
    case RuleNode::Kind::Compare:
        break;
    }
    const RuleValue left = valueOf(node.left, c);
    if (node.op == Op::In || node.op == Op::NotIn) {
        if (left.kind == RuleValue::Kind::Missing)
            return false;
        const RuleList &list = lists.at(node.right.list);
        const bool expired = list.expiresAt > 0 && c.facts.created >= list.expiresAt;
        const bool in = !expired && list.values.count(textOf(left)) > 0;
        return node.op == Op::In ? in : !in;
    }
    return compare(node.op, left, valueOf(node.right, c));
}

/// `list NAME [expires YYYY-MM-DD]: a, b, c`
Result<std::pair<std::string, RuleList>> parseList(const QString &line, int lineNumber)
{
    const qsizetype colon = line.indexOf(u':');
    const QStringList head = line.left(colon).simplified().split(u' ');
    auto error = [&](const QString &what) {
        return makeError(tr("line %1, column 1: %2").arg(lineNumber).arg(what));
    };
    if (colon < 0 || (head.size() != 2 && head.size() != 4)
        || (head.size() == 4 && head[2].compare(u"expires", Qt::CaseInsensitive) != 0))
        return error(tr("a list is written 'list NAME [expires YYYY-MM-DD]: value, value, …'"));
    RuleList list;
    if (head.size() == 4) {
        const QDate day = QDate::fromString(head[3], Qt::ISODate);
        if (!day.isValid())
            return error(tr("'%1' is not a day (YYYY-MM-DD)").arg(head[3]));
        list.expiresAt = day.addDays(1).startOfDay(Qt::UTC).toSecsSinceEpoch();
    }
    for (const QString &value : line.mid(colon + 1).split(u',', Qt::SkipEmptyParts)) {
        const QString v = value.trimmed().toLower();
        if (!v.isEmpty())
            list.values.insert(v.toStdString());
    }
    return std::pair{head[1].toLower().toStdString(), std::move(list)};
}

/// `metadata ip|ip_country: KEY` into `keys`.
Result<void> parseMetadataKey(const QString &line, int lineNumber, MetadataKeys &keys)
{
    const qsizetype colon = line.indexOf(u':');
    const QStringList head = line.left(colon).simplified().split(u' ');
    const QString key = line.mid(colon + 1).trimmed();
    auto error = [&](const QString &what) {
        return makeError(tr("line %1, column 1: %2").arg(lineNumber).arg(what));
    };
    const bool wellFormed = colon > 0 && head.size() == 2 && !key.isEmpty()
                            && !key.contains(QRegularExpression(QStringLiteral("[\\s,]")));
    if (!wellFormed)
        return error(tr("a metadata key is written 'metadata ip: KEY' or "
                        "'metadata ip_country: KEY'"));
    const QString field = head[1].toLower();
    if (field == u"ip")
        keys.ip = key.toStdString();
    else if (field == u"ip_country")
        keys.ipCountry = key.toStdString();
    else
        return error(tr("'%1' is not read from metadata (ip or ip_country)").arg(head[1]));
    return {};
}

} // namespace

Result<FraudRuleSet> FraudRuleSet::parse(const QString &text)
{
    FraudRuleSet set;
    std::set<std::string> listsUsed;
    const QStringList lines = text.split(u'\n');
    for (int n = 1; n <= int(lines.size()); ++n) {
        const QString line = lines[n - 1].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(QLatin1String("list "), Qt::CaseInsensitive)) {
            auto list = parseList(line, n);
            if (!list)
                return makeError(list.error());
            set.m_lists[list.value().first] = std::move(list.value().second);
            continue;
        }
        if (line.startsWith(QLatin1String("metadata "), Qt::CaseInsensitive)) {
            if (auto keyed = parseMetadataKey(line, n, set.m_keys); !keyed)
                return makeError(keyed.error());
            continue;
        }
        auto tokens = tokenize(line, n);
        if (!tokens)
            return makeError(tokens.error());
        const std::vector<Token> &t = tokens.value();
        static const std::map<QString, Action> actions{{QStringLiteral("allow"), Action::Allow},
                                                       {QStringLiteral("block"), Action::Block},
                                                       {QStringLiteral("review"), Action::Review}};
        const auto action = actions.find(t[0].text.toLower());
        if (t[0].kind != Token::Kind::Word || action == actions.end())
            return makeError(tr("line %1, column %2: a rule starts with allow, block or review")
                                 .arg(n)
                                 .arg(t[0].column));
        if (t[1].kind != Token::Kind::Word || t[1].text.compare(u"if", Qt::CaseInsensitive) != 0)
            return makeError(tr("line %1, column %2: expected 'if'").arg(n).arg(t[1].column));
        auto condition = ConditionParser(t, n, listsUsed).parse(2);
        if (!condition)
            return makeError(condition.error());
        set.m_rules.push_back({action->second, line, n, condition.value()});
    }
    for (const std::string &name : listsUsed) {
        if (!set.m_lists.count(name))
            return makeError(tr("the list @%1 is used but not declared ('list %1: …')")
                                 .arg(QString::fromStdString(name)));
    }
    return set;
}

QString FraudRuleSet::defaultText()
{
    return QStringLiteral("# Paydeck's defaults: its risk score decides.\n"
                          "block if :risk_score: >= 85\n"
                          "review if :risk_score: >= 65\n");
}

RuleVerdict FraudRuleSet::judge(const ScoredCharge &charge) const
{
    // Radar's order: allow before block before review, whatever the order in the file.
    for (const Action action : {Action::Allow, Action::Block, Action::Review}) {
        for (const FraudRule &rule : m_rules) {
            if (rule.action == action && matches(*rule.condition, charge, m_lists))
                return {action, &rule};
        }
    }
    return {};
}

} // namespace paydeck::fraud
