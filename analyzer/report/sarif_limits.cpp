#include "report/sarif_limits.h"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace flagdebt::report {

std::vector<size_t> most_severe(const std::vector<findings::Finding>& findings, size_t count) {
  std::vector<size_t> order(findings.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return findings[a].level > findings[b].level; });
  order.resize(std::min(count, order.size()));
  std::sort(order.begin(), order.end());
  return order;
}

size_t gzipped_size(std::string_view text) {
  if (text.size() > UINT32_MAX) return text.size();
  z_stream stream{};
  // windowBits 15 + 16: a gzip header and trailer, as the uploaded .sarif.gz has.
  if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    return text.size();  // cannot measure: assume no compression, which errs on the safe side
  }
  std::vector<unsigned char> chunk(1 << 16);
  size_t total = 0;
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  int status = Z_OK;
  while (status == Z_OK) {
    stream.next_out = chunk.data();
    stream.avail_out = static_cast<uInt>(chunk.size());
    status = deflate(&stream, Z_FINISH);
    total += chunk.size() - stream.avail_out;
  }
  deflateEnd(&stream);
  return status == Z_STREAM_END ? total : text.size();
}

}  // namespace flagdebt::report
