// The reference rule: payout ids found in bank texts (also cut ones), ledger references found in
// charges, and the groups lines naming several payouts, payouts split over lines and repeated
// lines form.
#include "matcher_engine.h"

namespace paydeck::reconcile::detail {

std::vector<Engine::Edge> Engine::referenceEdges()
{
    std::vector<Edge> edges;
    if (payouts()) {
        FlatIndex byId(m_p.size());
        for (size_t i = 0; i < m_p.size(); ++i)
            if (!m_leftUsed[i])
                byId.insert(m_p[i].id, int(i));
        // Both cores scan half of the lines each; exact hits first, cut ids resolved after.
        struct Scan
        {
            std::vector<Edge> edges;
            std::vector<std::pair<std::string_view, int>> misses; // token, line
        };
        const auto scan = [&](int from, int to, Scan &out) {
            for (int r = from; r < to; ++r) {
                if (m_rightUsed[size_t(r)])
                    continue;
                const std::string &text = m_c[size_t(r)].text;
                for (size_t at = text.find("po_"); at != std::string::npos;
                     at = text.find("po_", at + 3)) {
                    if (at > 0 && isIdChar(text[at - 1]))
                        continue;
                    size_t end = at + 3;
                    while (end < text.size() && isIdChar(text[end]))
                        ++end;
                    const std::string_view token(text.data() + at, end - at);
                    if (const int found = byId.find(
                            token, [&](int i) { return std::string_view(m_p[size_t(i)].id); });
                        found >= 0)
                        out.edges.push_back({found, r, false, token});
                    else if (int(token.size()) >= m_rules.minTruncatedReference)
                        out.misses.emplace_back(token, r);
                }
            }
        };
        const int mid = int(m_c.size() / 2);
        Scan halves[2];
        parallel([&] { scan(0, mid, halves[0]); }, [&] { scan(mid, int(m_c.size()), halves[1]); });
        edges.reserve(halves[0].edges.size() + halves[1].edges.size());
        for (const Scan &half : halves)
            edges.insert(edges.end(), half.edges.begin(), half.edges.end());
        std::vector<std::pair<std::string_view, int>> sorted; // built when a cut id appears
        for (const Scan &half : halves) {
            for (const auto &[token, r] : half.misses) {
                if (sorted.empty()) {
                    for (size_t i = 0; i < m_p.size(); ++i)
                        if (!m_leftUsed[i])
                            sorted.emplace_back(m_p[i].id, int(i));
                    std::sort(sorted.begin(), sorted.end());
                }
                auto first = std::lower_bound(
                    sorted.begin(), sorted.end(), std::pair<std::string_view, int>(token, -1));
                auto last = first;
                while (last != sorted.end() && last->first.substr(0, token.size()) == token)
                    ++last;
                if (last - first == 1) // a cut reference must name exactly one payout
                    edges.push_back({first->second, r, true, token});
            }
        }
    } else {
        std::unordered_map<std::string, std::vector<int>> byReference;
        for (const int r : m_rightOrder)
            if (!m_rightUsed[size_t(r)] && !m_c[size_t(r)].text.empty())
                byReference[upper(m_c[size_t(r)].text)].push_back(r);
        std::vector<std::string> sortedRefs;
        m_tokens.reserve(m_p.size());
        for (const int l : m_leftOrder) {
            if (m_leftUsed[size_t(l)])
                continue;
            const std::string text = upper(m_p[size_t(l)].text);
            std::vector<int> seen;
            for (size_t at = 0; at < text.size();) {
                while (at < text.size() && !isReferenceChar(text[at]))
                    ++at;
                size_t end = at;
                while (end < text.size() && isReferenceChar(text[end]))
                    ++end;
                std::string token = text.substr(at, end - at);
                at = end;
                while (!token.empty() && (token.back() == '.' || token.back() == '/'))
                    token.pop_back();
                if (token.size() < 3)
                    continue;
                if (const auto it = byReference.find(token); it != byReference.end()) {
                    const std::string_view kept = keep(token);
                    for (const int r : it->second)
                        if (std::find(seen.begin(), seen.end(), r) == seen.end()) {
                            seen.push_back(r);
                            edges.push_back({l, r, false, kept});
                        }
                    continue;
                }
                if (int(token.size()) < m_rules.minTruncatedReference)
                    continue;
                if (sortedRefs.empty()) {
                    for (const auto &[reference, list] : byReference)
                        sortedRefs.push_back(reference);
                    std::sort(sortedRefs.begin(), sortedRefs.end());
                }
                auto first = std::lower_bound(sortedRefs.begin(), sortedRefs.end(), token);
                auto last = first;
                while (last != sortedRefs.end() && last->compare(0, token.size(), token) == 0)
                    ++last;
                if (last - first == 1) {
                    const std::string_view kept = keep(token);
                    for (const int r : byReference[*first])
                        edges.push_back({l, r, true, kept});
                }
            }
        }
    }
    return edges;
}

std::string_view Engine::keep(const std::string &token)
{
    m_tokens.push_back(std::make_unique<std::string>(token));
    return *m_tokens.back();
}

void Engine::referenceRule()
{
    std::vector<Edge> edges = referenceEdges();
    if (edges.empty())
        return;
    // The "names" graph as flat adjacency lists (a million items: no node-based maps).
    const auto adjacency = [&](size_t nodes, auto endOf) {
        std::vector<int> start(nodes + 1, 0);
        for (const Edge &e : edges)
            ++start[size_t(endOf(e)) + 1];
        for (size_t i = 1; i <= nodes; ++i)
            start[i] += start[i - 1];
        std::vector<int> list(edges.size());
        std::vector<int> fill(start.begin(), start.end() - 1);
        for (size_t e = 0; e < edges.size(); ++e)
            list[size_t(fill[size_t(endOf(edges[e]))]++)] = int(e);
        return std::pair(std::move(start), std::move(list));
    };
    // Named pairs rather than structured bindings: lambdas capture these (clang < 16 cannot
    // capture a structured binding, and the fuzz build uses clang).
    const auto leftAdjacency = adjacency(m_p.size(), [](const Edge &e) { return e.left; });
    const auto rightAdjacency = adjacency(m_c.size(), [](const Edge &e) { return e.right; });
    const auto &leftStart = leftAdjacency.first;
    const auto &leftEdges = leftAdjacency.second;
    const auto &rightStart = rightAdjacency.first;
    const auto &rightEdges = rightAdjacency.second;
    const auto edgesOfLeft = [&](int l) {
        return std::pair(leftEdges.begin() + leftStart[size_t(l)],
                         leftEdges.begin() + leftStart[size_t(l) + 1]);
    };
    // Lines naming several payouts first (a bank merged them), in date order.
    std::vector<int> naming;
    for (size_t r = 0; r < m_c.size(); ++r)
        if (rightStart[r + 1] - rightStart[r] > 1)
            naming.push_back(int(r));
    std::sort(naming.begin(), naming.end(), [&](int a, int b) {
        return std::tie(m_c[size_t(a)].day, m_c[size_t(a)].id)
               < std::tie(m_c[size_t(b)].day, m_c[size_t(b)].id);
    });
    for (const int right : naming) {
        const int from = rightStart[size_t(right)], to = rightStart[size_t(right) + 1];
        if (m_rightUsed[size_t(right)])
            continue;
        std::vector<int> left;
        qint64 sum = 0;
        bool clean = true;
        for (int k = from; k < to; ++k) {
            const Edge &e = edges[size_t(rightEdges[size_t(k)])];
            const auto [first, last] = edgesOfLeft(e.left);
            if (m_leftUsed[size_t(e.left)] || last - first != 1)
                clean = false;
            if (std::find(left.begin(), left.end(), e.left) == left.end()) {
                left.push_back(e.left);
                sum += m_p[size_t(e.left)].amount;
            }
        }
        if (!clean || left.size() < 2)
            continue;
        std::sort(left.begin(), left.end(), [&](int a, int b) { return m_p[a].id < m_p[b].id; });
        QStringList names;
        for (const int l : left)
            names << nameOf(m_p[size_t(l)]);
        const CounterItem &c = m_c[size_t(right)];
        const qint64 difference = c.amount - sum;
        addMatch(left,
                 {right},
                 "reference",
                 difference == 0 ? 1.0 : 0.5,
                 tr("One line of %1 names %n items: %2; together %3.", nullptr, int(left.size()))
                     .arg(cm(c), names.join(QStringLiteral(", ")), money(sum, c.currency)));
        if (std::abs(difference) > m_rules.groupToleranceMinor)
            addException(ExceptionKind::AmountMismatch,
                         false,
                         right,
                         tr("names %1 but differs from their sum by %2")
                             .arg(names.join(QStringLiteral(", ")), money(difference, c.currency)),
                         difference);
    }
    // An item whose lines name nothing else is decided alike in any order: those go in memory
    // order (fast); items competing for a line go after, in date order (deterministic).
    std::vector<char> contested(m_p.size(), 0);
    for (size_t r = 0; r < m_c.size(); ++r)
        if (rightStart[r + 1] - rightStart[r] > 1)
            for (int k = rightStart[r]; k < rightStart[r + 1]; ++k)
                contested[size_t(edges[size_t(rightEdges[size_t(k)])].left)] = 1;
    std::vector<int> order;
    order.reserve(m_p.size());
    for (int l = 0; l < int(m_p.size()); ++l)
        if (!contested[size_t(l)])
            order.push_back(l);
    for (const int l : m_leftOrder)
        if (contested[size_t(l)])
            order.push_back(l);
    const auto decide = [&](int l, std::vector<int> &lines) {
        const auto [first, last] = edgesOfLeft(l);
        if (first == last || m_leftUsed[size_t(l)])
            return;
        lines.clear();
        bool truncated = true; // only when no line names it in full
        std::string_view token;
        bool haveToken = false;
        for (auto it = first; it != last; ++it) {
            const Edge &e = edges[size_t(*it)];
            if (m_rightUsed[size_t(e.right)])
                continue;
            if (std::find(lines.begin(), lines.end(), e.right) == lines.end())
                lines.push_back(e.right);
            if (!haveToken || (truncated && !e.truncated))
                token = e.token;
            haveToken = true;
            truncated &= e.truncated;
        }
        if (lines.empty())
            return;
        if (lines.size() > 1)
            std::sort(lines.begin(), lines.end(), [&](int a, int b) {
                return std::tie(m_c[a].day, m_c[a].id) < std::tie(m_c[b].day, m_c[b].id);
            });
        referenceComponent(l, lines, truncated, token);
    };
    // Uncontested items touch only their own lines: the two cores take half each, and the
    // halves' results are appended in item order, exactly as one core would have made them.
    const size_t uncontested = size_t(std::count(contested.begin(), contested.end(), char(0)));
    MatchOutcome halves[2];
    const auto half = [&](size_t from, size_t to, MatchOutcome &out) {
        t_sink = &out;
        out.matches.reserve(to - from);
        std::vector<int> lines;
        for (size_t k = from; k < to; ++k)
            decide(order[k], lines);
        t_sink = nullptr;
    };
    parallel([&] { half(0, uncontested / 2, halves[0]); },
             [&] { half(uncontested / 2, uncontested, halves[1]); });
    for (MatchOutcome &part : halves) {
        std::move(part.matches.begin(), part.matches.end(), std::back_inserter(m_out.matches));
        std::move(
            part.exceptions.begin(), part.exceptions.end(), std::back_inserter(m_out.exceptions));
    }
    std::vector<int> lines;
    for (size_t k = uncontested; k < order.size(); ++k)
        decide(order[k], lines);
}

QString Engine::namedBy(const ProviderItem &p, bool truncated, std::string_view token) const
{
    if (truncated)
        return payouts()
                   ? tr("The bank line names \"%1\", the start of payout %2 (the bank cut "
                        "the reference).")
                         .arg(QString::fromUtf8(token.data(), qsizetype(token.size())), nameOf(p))
                   : tr("Charge %1 names \"%2\", the start of the ledger reference.")
                         .arg(nameOf(p), QString::fromUtf8(token.data(), qsizetype(token.size())));
    return payouts()
               ? tr("The bank line names payout %1.").arg(nameOf(p))
               : tr("Charge %1 names ledger reference %2.")
                     .arg(nameOf(p), QString::fromUtf8(token.data(), qsizetype(token.size())));
}

void Engine::referenceComponent(int l,
                                const std::vector<int> &lines,
                                bool truncated,
                                std::string_view token)
{
    const ProviderItem &p = m_p[size_t(l)];
    const double score = truncated ? 0.95 : 1.0;
    if (lines.size() == 1 && !truncated && m_c[size_t(lines.front())].amount == p.amount) {
        // The common case, a million times at month end: no locale, one template.
        addMatch({l},
                 {lines.front()},
                 "reference",
                 score,
                 fill(m_exactReference, {p.id, token, PlainMoney(p.amount, p.currency).view()}));
        return;
    }
    const QString named = namedBy(p, truncated, token);
    if (lines.size() == 1) {
        const int r = lines.front();
        const CounterItem &c = m_c[size_t(r)];
        if (c.amount == p.amount) {
            addMatch(
                {l}, {r}, "reference", score, named + u' ' + tr("Amounts equal (%1).").arg(pm(p)));
        } else if (m_rules.enabled("fee_aware") && c.charges > 0
                   && c.amount + c.charges == p.amount) {
            addMatch({l},
                     {r},
                     "fee_aware",
                     score * 0.95,
                     named + u' '
                         + tr("The bank deducted a fee of %1: %2 received of %3.")
                               .arg(money(c.charges, c.currency), cm(c), pm(p)));
        } else if (m_rules.enabled("fee_aware") && !payouts() && c.amount == p.net) {
            addMatch({l},
                     {r},
                     "fee_aware",
                     score * 0.95,
                     named + u' '
                         + tr("The ledger records the net %1 (gross %2, provider fee %3).")
                               .arg(cm(c), pm(p), money(p.amount - p.net, p.currency)));
        } else {
            addMatch({l},
                     {r},
                     "reference",
                     0.5,
                     named + u' '
                         + tr("But %1 against %2: %3 difference.")
                               .arg(cm(c), pm(p), money(c.amount - p.amount, c.currency)));
            addException(ExceptionKind::AmountMismatch,
                         true,
                         l,
                         tr("%1 on the other side, %2 difference")
                             .arg(cm(c), money(c.amount - p.amount, c.currency)),
                         c.amount - p.amount);
        }
        return;
    }
    qint64 sum = 0;
    for (const int r : lines)
        sum += m_c[size_t(r)].amount;
    if (std::abs(sum - p.amount) <= m_rules.groupToleranceMinor) {
        addMatch(
            {l},
            lines,
            "reference",
            score * 0.95,
            named + u' '
                + tr("Split over %n lines that name it, together %1.", nullptr, int(lines.size()))
                      .arg(money(sum, p.currency)));
        return;
    }
    // Several lines name one item: the one with its amount matches, the others repeat it.
    const auto exact = std::find_if(
        lines.begin(), lines.end(), [&](int r) { return m_c[size_t(r)].amount == p.amount; });
    if (exact != lines.end()) {
        const int kept = *exact;
        addMatch(
            {l}, {kept}, "reference", score, named + u' ' + tr("Amounts equal (%1).").arg(pm(p)));
        for (const int r : lines) {
            if (r == kept)
                continue;
            m_rightUsed[size_t(r)] = 1;
            addException(
                ExceptionKind::Duplicate,
                false,
                r,
                tr("names %1 again, which another line (%2, %3) already settles")
                    .arg(nameOf(p), cm(m_c[size_t(kept)]), dayText(m_c[size_t(kept)].day)));
        }
        return;
    }
    addMatch({l},
             lines,
             "reference",
             0.4,
             named + u' '
                 + tr("%n lines name it, together %1 against %2.", nullptr, int(lines.size()))
                       .arg(money(sum, p.currency), pm(p)));
    addException(sum < p.amount && sum > 0 ? ExceptionKind::Partial : ExceptionKind::AmountMismatch,
                 true,
                 l,
                 tr("%1 of %2 found on %n lines", nullptr, int(lines.size()))
                     .arg(money(sum, p.currency), pm(p)),
                 sum - p.amount);
}

} // namespace paydeck::reconcile::detail
