#include "support/utf16.h"

#include <cstdint>

namespace flagdebt::support {
namespace {

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

constexpr uint32_t kReplacement = 0xFFFD;

}  // namespace

std::optional<std::string> decode_utf16_with_bom(std::string_view bytes) {
  bool little;
  if (bytes.starts_with("\xFF\xFE")) {
    little = true;
  } else if (bytes.starts_with("\xFE\xFF")) {
    little = false;
  } else {
    return std::nullopt;
  }
  auto unit_at = [&](size_t i) -> uint32_t {
    auto lo = static_cast<unsigned char>(bytes[little ? i : i + 1]);
    auto hi = static_cast<unsigned char>(bytes[little ? i + 1 : i]);
    return (static_cast<uint32_t>(hi) << 8) | lo;
  };
  std::string out;
  out.reserve(bytes.size());
  size_t i = 2;
  for (; i + 1 < bytes.size(); i += 2) {
    uint32_t unit = unit_at(i);
    if (unit >= 0xD800 && unit < 0xDC00 && i + 3 < bytes.size()) {
      uint32_t next = unit_at(i + 2);
      if (next >= 0xDC00 && next < 0xE000) {
        append_utf8(out, 0x10000 + ((unit - 0xD800) << 10) + (next - 0xDC00));
        i += 2;
        continue;
      }
    }
    append_utf8(out, unit >= 0xD800 && unit < 0xE000 ? kReplacement : unit);
  }
  if (i < bytes.size()) append_utf8(out, kReplacement);  // an odd byte at the end
  return out;
}

void lone_cr_to_lf(std::string& text) {
  for (size_t at = text.find('\r'); at != std::string::npos; at = text.find('\r', at + 1)) {
    if (at + 1 == text.size() || text[at + 1] != '\n') text[at] = '\n';
  }
}

std::string encode_utf16_with_bom(std::string_view utf8, bool big_endian) {
  std::string out;
  out.reserve(2 + utf8.size() * 2);
  auto put = [&](uint32_t unit) {
    char hi = static_cast<char>(unit >> 8), lo = static_cast<char>(unit & 0xFF);
    out += big_endian ? hi : lo;
    out += big_endian ? lo : hi;
  };
  put(0xFEFF);
  for (size_t i = 0; i < utf8.size();) {
    auto byte = static_cast<unsigned char>(utf8[i]);
    size_t length = byte < 0x80 ? 1 : (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
    uint32_t cp = length == 1 ? byte : length == 2 ? byte & 0x1F : length == 3 ? byte & 0x0F : byte & 0x07;
    for (size_t k = 1; k < length; ++k) {
      auto next = i + k < utf8.size() ? static_cast<unsigned char>(utf8[i + k]) : 0;
      if ((next & 0xC0) != 0x80) length = 0;
      cp = (cp << 6) | (next & 0x3F);
    }
    if (length == 0) {
      put(kReplacement);
      ++i;
      continue;
    }
    i += length;
    if (cp >= 0x10000) {
      put(0xD800 + ((cp - 0x10000) >> 10));
      put(0xDC00 + ((cp - 0x10000) & 0x3FF));
    } else {
      put(cp);
    }
  }
  return out;
}

std::optional<bool> round_trip_utf16_big_endian(std::string_view bytes, std::string_view decoded) {
  bool big_endian = bytes.starts_with("\xFE\xFF");
  if (!big_endian && !bytes.starts_with("\xFF\xFE")) return std::nullopt;
  if (encode_utf16_with_bom(decoded, big_endian) != bytes) return std::nullopt;
  return big_endian;
}

}  // namespace flagdebt::support
