#include "frontends/clang/goto_labels_pass.h"

#include <cctype>

namespace flagdebt::frontends::clangfe {
namespace {

bool is_ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// A label at the start of a line. `default:` and access specifiers are not labels, nor is `a::b`.
bool is_label_line(std::string_view line) {
  size_t i = line.find_first_not_of(" \t");
  if (i == std::string_view::npos || !(std::isalpha(static_cast<unsigned char>(line[i])) || line[i] == '_')) return false;
  size_t j = i;
  while (j < line.size() && is_ident_char(line[j])) ++j;
  std::string_view word = line.substr(i, j - i);
  while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
  if (j >= line.size() || line[j] != ':' || (j + 1 < line.size() && line[j + 1] == ':')) return false;
  return word != "default" && word != "public" && word != "private" && word != "protected";
}

bool holds_label(std::string_view text) {
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    if (is_label_line(text.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos))) return true;
    pos = eol == std::string_view::npos ? text.size() : eol + 1;
  }
  return false;
}

}  // namespace

void GotoLabelsPass::after(const ParseInput& input, const passes::FileFacts&, model::FileModel& model) const {
  for (auto& construct : model.constructs) {
    if (!construct.after) continue;
    const model::Span& after = *construct.after;
    if (holds_label(input.text.substr(after.begin_byte, after.end_byte - after.begin_byte))) construct.after.reset();
  }
}

}  // namespace flagdebt::frontends::clangfe
