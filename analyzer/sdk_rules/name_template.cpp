#include <algorithm>
#include <cctype>

#include "sdk_rules/rules.h"

namespace flagdebt::sdk_rules {
namespace {

// "newCheckout-v2" -> {"new", "checkout", "v2"}: split at non-alphanumerics and camel humps.
std::vector<std::string> words_of(std::string_view key) {
  std::vector<std::string> words(1);
  for (size_t i = 0; i < key.size(); ++i) {
    unsigned char c = key[i];
    if (!std::isalnum(c)) {
      if (!words.back().empty()) words.emplace_back();
      continue;
    }
    bool hump = std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(key[i - 1]));
    if (hump && !words.back().empty()) words.emplace_back();
    words.back() += static_cast<char>(std::tolower(c));
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

std::string joined(const std::vector<std::string>& words, std::string_view separator, bool upper_all,
                   bool capitalise_first, bool capitalise_rest) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string word = words[i];
    if (upper_all) {
      for (auto& c : word) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    } else if ((i == 0 && capitalise_first) || (i > 0 && capitalise_rest)) {
      word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    }
    if (i > 0) out += separator;
    out += word;
  }
  return out;
}

}  // namespace

constexpr std::string_view kPlaceholders[] = {"{key}", "{KEY}", "{key_snake}", "{keyCamel}", "{KeyPascal}", "{key-kebab}"};

std::optional<std::string> template_problem(std::string_view name_template) {
  bool has_placeholder = false;
  for (size_t at = name_template.find_first_of("{}"); at != std::string_view::npos;
       at = name_template.find_first_of("{}", at)) {
    size_t close = name_template[at] == '{' ? name_template.find('}', at) : std::string_view::npos;
    if (close == std::string_view::npos) return "template '" + std::string(name_template) + "' has an unmatched '" + name_template[at] + "'";
    std::string_view placeholder = name_template.substr(at, close - at + 1);
    if (std::ranges::find(kPlaceholders, placeholder) == std::end(kPlaceholders)) {
      return "template '" + std::string(name_template) + "' has an unknown placeholder " + std::string(placeholder) +
             " (known: {key}, {KEY}, {key_snake}, {keyCamel}, {KeyPascal}, {key-kebab})";
    }
    has_placeholder = true;
    at = close + 1;
  }
  if (!has_placeholder) return "template '" + std::string(name_template) + "' has no {key} placeholder";
  return std::nullopt;
}

std::string expand_template(std::string_view name_template, std::string_view key) {
  auto words = words_of(key);
  const std::pair<std::string_view, std::string> placeholders[] = {
      {"{key}", std::string(key)},
      {"{KEY}", joined(words, "_", true, false, false)},
      {"{key_snake}", joined(words, "_", false, false, false)},
      {"{keyCamel}", joined(words, "", false, false, true)},
      {"{KeyPascal}", joined(words, "", false, true, true)},
      {"{key-kebab}", joined(words, "-", false, false, false)},
  };
  std::string out(name_template);
  for (const auto& [placeholder, value] : placeholders) {
    for (size_t at = out.find(placeholder); at != std::string::npos; at = out.find(placeholder, at + value.size())) {
      out.replace(at, placeholder.size(), value);
    }
  }
  return out;
}

}  // namespace flagdebt::sdk_rules
