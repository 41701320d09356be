#include "fix/unified_diff.h"

#include <algorithm>
#include <vector>

namespace flagdebt::fix {
namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  while (!text.empty()) {
    size_t nl = text.find('\n');
    size_t take = nl == std::string_view::npos ? text.size() : nl + 1;
    lines.push_back(text.substr(0, take));
    text.remove_prefix(take);
  }
  return lines;
}

enum class Op { Equal, Delete, Insert };
struct Step {
  Op op;
  size_t a, b;  // line indices in before/after (the one the op reads)
};

// Myers' O((N+M)D) shortest edit script; only the diagonals reached are kept per step, so memory
// is O(D^2) for a D-line change however long the file.
std::vector<Step> edit_script(const std::vector<std::string_view>& a, const std::vector<std::string_view>& b) {
  const long n = static_cast<long>(a.size()), m = static_cast<long>(b.size()), max = n + m;
  std::vector<long> v(2 * max + 3, 0);
  const long off = max + 1;
  std::vector<std::vector<long>> trace;
  long final_d = 0;
  for (long d = 0; d <= max; ++d) {
    bool done = false;
    for (long k = -d; k <= d; k += 2) {
      long x = (k == -d || (k != d && v[off + k - 1] < v[off + k + 1])) ? v[off + k + 1] : v[off + k - 1] + 1;
      long y = x - k;
      while (x < n && y < m && a[x] == b[y]) ++x, ++y;
      v[off + k] = x;
      if (x >= n && y >= m) done = true;
    }
    trace.emplace_back(v.begin() + off - d, v.begin() + off + d + 1);
    if (done) {
      final_d = d;
      break;
    }
  }
  std::vector<Step> steps;
  long x = n, y = m;
  for (long d = final_d; d > 0; --d) {
    const auto& prev = trace[d - 1];  // index k + (d - 1)
    auto at = [&](long k) { return prev[k + d - 1]; };
    long k = x - y;
    long prev_k = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1;
    long prev_x = at(prev_k), prev_y = prev_x - prev_k;
    while (x > prev_x && y > prev_y) --x, --y, steps.push_back({Op::Equal, size_t(x), size_t(y)});
    if (prev_k == k + 1) steps.push_back({Op::Insert, size_t(x), size_t(--y)});
    else steps.push_back({Op::Delete, size_t(--x), size_t(y)});
  }
  while (x > 0 && y > 0) --x, --y, steps.push_back({Op::Equal, size_t(x), size_t(y)});
  std::reverse(steps.begin(), steps.end());
  return steps;
}

void add_line(std::string& out, char sign, std::string_view line) {
  out += sign;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

std::string range(size_t start, size_t count) {
  // An empty range names the line before it (0 at the top of the file).
  std::string s = std::to_string(count == 0 ? start : start + 1);
  return count == 1 ? s : s + "," + std::to_string(count);
}

}  // namespace

std::string unified_diff(std::string_view path, std::string_view before, std::string_view after) {
  if (before == after) return {};
  auto a = split_lines(before), b = split_lines(after);
  auto steps = edit_script(a, b);
  constexpr size_t kContext = 3;
  std::string out = "--- a/" + std::string(path) + "\n+++ b/" + std::string(path) + "\n";
  size_t i = 0;
  while (i < steps.size()) {
    while (i < steps.size() && steps[i].op == Op::Equal) ++i;
    if (i == steps.size()) break;
    size_t begin = i >= kContext ? i - kContext : 0;
    // Extend over changes closer than two contexts apart: one hunk.
    size_t end = i;
    for (size_t equal_run = 0; end < steps.size(); ++end) {
      equal_run = steps[end].op == Op::Equal ? equal_run + 1 : 0;
      if (equal_run > 2 * kContext) break;
    }
    while (end > i && steps[end - 1].op == Op::Equal) --end;
    end = std::min(steps.size(), end + kContext);
    size_t a_count = 0, b_count = 0;
    for (size_t s = begin; s < end; ++s) {
      a_count += steps[s].op != Op::Insert;
      b_count += steps[s].op != Op::Delete;
    }
    out += "@@ -" + range(steps[begin].a, a_count) + " +" + range(steps[begin].b, b_count) + " @@\n";
    for (size_t s = begin; s < end; ++s) {
      switch (steps[s].op) {
        case Op::Equal: add_line(out, ' ', a[steps[s].a]); break;
        case Op::Delete: add_line(out, '-', a[steps[s].a]); break;
        case Op::Insert: add_line(out, '+', b[steps[s].b]); break;
      }
    }
    i = end;
  }
  return out;
}

}  // namespace flagdebt::fix
