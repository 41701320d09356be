#include "languages/languages.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace flagdebt::languages {
namespace {

bool contains(const std::vector<std::string_view>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// "#!/usr/bin/env -S python3 -u" -> "python3"
std::string_view interpreter_of(std::string_view head) {
  if (!head.starts_with("#!")) return {};
  std::string_view line = head.substr(2, head.find('\n') - 2);
  auto next_word = [&line]() {
    line = line.substr(std::min(line.size(), line.find_first_not_of(" \t")));
    std::string_view word = line.substr(0, line.find_first_of(" \t"));
    line = line.substr(word.size());
    return word;
  };
  std::string_view program = next_word();
  program = program.substr(program.rfind('/') + 1);
  while (program == "env" || program.starts_with("-")) program = next_word();
  return program;
}

bool interpreter_matches(std::string_view pattern, std::string_view program) {
  if (pattern.ends_with('*')) return program.starts_with(pattern.substr(0, pattern.size() - 1));
  return program == pattern;
}

}  // namespace


bool Language::is_named_by(std::string_view name) const {
  return name == "all" || name == id || contains(families, name);
}

const Language* by_id(std::string_view id) {
  for (const auto& language : all()) {
    if (language.id == id) return &language;
  }
  return nullptr;
}

const Language* detect(std::string_view path, std::string_view head) {
  std::string_view name = path.substr(path.find_last_of('/') == std::string_view::npos ? 0 : path.find_last_of('/') + 1);
  for (const auto& language : all()) {
    if (contains(language.file_names, name)) return &language;
  }
  auto dot = name.rfind('.');
  if (dot != std::string_view::npos && dot > 0) {
    std::string extension = lower(name.substr(dot));
    for (const auto& language : all()) {
      if (contains(language.extensions, extension)) return &language;
    }
  }
  // After extensions: `.env.json` is JSON; `.env.production` and `Dockerfile.prod` have none known.
  for (const auto& language : all()) {
    for (std::string_view prefix : language.name_prefixes) {
      if (name.size() > prefix.size() && name.starts_with(prefix)) return &language;
    }
  }
  std::string_view program = interpreter_of(head);
  if (program.empty()) return nullptr;
  for (const auto& language : all()) {
    for (std::string_view pattern : language.interpreters) {
      if (interpreter_matches(pattern, program)) return &language;
    }
  }
  return nullptr;
}

bool is_known_name(std::string_view name) {
  return std::any_of(all().begin(), all().end(), [&](const Language& l) { return l.is_named_by(name); });
}

}  // namespace flagdebt::languages
