#pragma once
// Whether deleting whole lines leaves their block without a statement, in a language whose blocks
// are marked by indentation alone (Python needs `pass` there). Read from indentation, not from a
// parse: the lines are the block's only code when the code line before them is less indented (it
// opens the block) and the code line after them, if any, is less indented too. Blank and comment
// lines do not count.
#include <cstddef>
#include <string_view>
#include <vector>

namespace flagdebt::edits {

// `begin`: the first deleted line's start; `end`: just past the last deleted line's break.
bool empties_block(std::string_view text, size_t begin, size_t end, const std::vector<std::string_view>& line_comments);

}  // namespace flagdebt::edits
