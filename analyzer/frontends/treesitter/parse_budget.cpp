#include "frontends/treesitter/parse_budget.h"

namespace flagdebt::frontends::ts {

ParseBudget::ParseBudget(std::chrono::milliseconds budget)
    : deadline_(std::chrono::steady_clock::now() + budget),
      query_options_{this, [](TSQueryCursorState* state) { return static_cast<ParseBudget*>(state->payload)->exceeded(); }} {}

bool ParseBudget::exceeded() {
  exceeded_ = exceeded_ || std::chrono::steady_clock::now() > deadline_;
  return exceeded_;
}

TSParseOptions ParseBudget::parse_options() {
  return {this, [](TSParseState* state) { return static_cast<ParseBudget*>(state->payload)->exceeded(); }};
}

}  // namespace flagdebt::frontends::ts
