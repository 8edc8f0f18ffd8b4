#pragma once

#include <QtGlobal>

#include <cmath>
#include <string>

namespace paydeck::sandbox {

/// xoshiro256** seeded through splitmix64: fast, and the same sequence on every platform and
/// standard library (std:: distributions are not), so a seed always yields the same business.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        for (auto &word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    /// Uniform integer in [0, bound).
    qint64 below(qint64 bound) { return qint64(next() % quint64(bound)); }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    bool chance(double probability) { return uniform() < probability; }
    double exponential(double rate) { return -std::log(1.0 - uniform()) / rate; }
    double normal()
    {
        // Box–Muller; one value is enough here.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
    }
    /// Stripe-like object id: prefix, '_', 24 base62 characters.
    std::string id(const char *prefix)
    {
        static const char alphabet[]
            = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        std::string out(prefix);
        out.push_back('_');
        for (int i = 0; i < 24; ++i)
            out.push_back(alphabet[below(62)]);
        return out;
    }
    std::string digits(int count)
    {
        std::string out;
        for (int i = 0; i < count; ++i)
            out.push_back(char('0' + below(10)));
        return out;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_state[4];
};

} // namespace paydeck::sandbox
