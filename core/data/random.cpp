#include "data/random.h"

#include <cmath>
#include <limits>
#include <sstream>

namespace nexvitad::data {

std::uint64_t Rng::below(std::uint64_t bound)
{
    // Values at or above `limit` would make some residues more likely than others.
    const std::uint64_t limit =
        std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % bound;
    std::uint64_t value = next();
    while (value >= limit)
        value = next();
    return value % bound;
}

int Rng::range(int lo, int hi)
{
    const auto span = static_cast<std::uint64_t>(static_cast<std::int64_t>(hi) - lo) + 1;
    return static_cast<int>(lo + static_cast<std::int64_t>(below(span)));
}

double Rng::unit()
{
    return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); // 2^-53
}

double Rng::normal(double mean, double stddev)
{
    // 1 - unit() lies in (0, 1], so the logarithm is finite.
    const double u1 = 1.0 - unit();
    const double u2 = unit();
    const double r = std::sqrt(-2.0 * std::log(u1));
    return mean + stddev * r * std::cos(2.0 * 3.14159265358979323846 * u2);
}

std::string Rng::state() const
{
    std::ostringstream out;
    out << m_engine;
    return out.str();
}

bool Rng::restoreState(const std::string &text)
{
    std::istringstream in(text);
    std::mt19937_64 engine;
    in >> engine;
    if (in.fail())
        return false;
    m_engine = engine;
    return true;
}

std::uint64_t Rng::derive(std::uint64_t seed, std::uint64_t key)
{
    std::uint64_t z = seed + 0x9E3779B97F4A7C15ULL * (key + 1);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace nexvitad::data
