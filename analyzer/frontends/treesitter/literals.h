#pragma once
// Literal text as a value: quoted strings without their quotes, numbers. Interpolated strings
// (`${x}`, `#{x}`, f"{x}") have no fixed value.
#include <optional>
#include <string>
#include <string_view>

#include "languages/languages.h"
#include "model/value.h"

namespace flagdebt::frontends::ts {

// `language` says which prefixes may precede the quote (r"", @"", L"") and which interpolate.
std::optional<std::string> string_value(std::string_view literal, const languages::Language& language);
std::optional<model::Value> number_value(std::string_view literal);

}  // namespace flagdebt::frontends::ts
