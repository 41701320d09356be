#include <algorithm>
#include <cctype>
#include <optional>

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

// The key with every letter's case changed and nothing else: generated C/C++ headers write
// `FEATURE_NEWUI` for key `NewUi`, where {KEY} splits the words (`FEATURE_NEW_UI`).
std::string cased(std::string_view key, int (*change)(int)) {
  std::string out(key);
  for (auto& c : out) c = static_cast<char>(change(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

constexpr std::string_view kPlaceholders[] = {"{key}",      "{KEY}",     "{key_snake}", "{keyCamel}",
                                              "{KeyPascal}", "{key-kebab}", "{KEY_UPPER}", "{key_lower}"};

bool is_wildcard(std::string_view name_template) { return name_template.starts_with(kWildcard); }

std::optional<std::string> template_problem(std::string_view name_template) {
  // `*.` may only lead the template: it stands for any receiver, which a suffix lookup finds
  // in time linear in the path; a `*` anywhere else would need a search per position.
  std::string_view rest = is_wildcard(name_template) ? name_template.substr(kWildcard.size()) : name_template;
  if (rest.find('*') != std::string_view::npos) {
    return "template '" + std::string(name_template) + "' may hold '*' only as its leading '*.' (any receiver)";
  }
  bool has_placeholder = false;
  for (size_t at = name_template.find_first_of("{}"); at != std::string_view::npos;
       at = name_template.find_first_of("{}", at)) {
    size_t close = name_template[at] == '{' ? name_template.find('}', at) : std::string_view::npos;
    if (close == std::string_view::npos) return "template '" + std::string(name_template) + "' has an unmatched '" + name_template[at] + "'";
    std::string_view placeholder = name_template.substr(at, close - at + 1);
    if (std::ranges::find(kPlaceholders, placeholder) == std::end(kPlaceholders)) {
      return "template '" + std::string(name_template) + "' has an unknown placeholder " + std::string(placeholder) +
             " (known: {key}, {KEY}, {key_snake}, {keyCamel}, {KeyPascal}, {key-kebab}, {KEY_UPPER}, {key_lower})";
    }
    has_placeholder = true;
    at = close + 1;
  }
  if (!has_placeholder) return "template '" + std::string(name_template) + "' has no {key} placeholder";
  return std::nullopt;
}

std::string name_words(std::string_view name) { return joined(words_of(name), "_", false, false, false); }

std::string KeyNames::value_of(std::string_view placeholder) {
  if (placeholder == "{key}") return key_;
  if (placeholder == "{KEY_UPPER}") return cased(key_, std::toupper);
  if (placeholder == "{key_lower}") return cased(key_, std::tolower);
  if (!words_) words_ = words_of(key_);
  if (placeholder == "{KEY}") return joined(*words_, "_", true, false, false);
  if (placeholder == "{key_snake}") return joined(*words_, "_", false, false, false);
  if (placeholder == "{keyCamel}") return joined(*words_, "", false, false, true);
  if (placeholder == "{KeyPascal}") return joined(*words_, "", false, true, true);
  return joined(*words_, "-", false, false, false);  // {key-kebab}
}

// Only the placeholders the template holds are computed.
std::string KeyNames::expand(std::string_view name_template) {
  std::string out(name_template);
  for (std::string_view placeholder : kPlaceholders) {
    size_t at = out.find(placeholder);
    if (at == std::string::npos) continue;
    const std::string value = value_of(placeholder);
    for (; at != std::string::npos; at = out.find(placeholder, at + value.size())) out.replace(at, placeholder.size(), value);
  }
  return out;
}

std::string expand_template(std::string_view name_template, std::string_view key) {
  return KeyNames(key).expand(name_template);
}

}  // namespace flagdebt::sdk_rules
