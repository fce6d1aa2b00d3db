// Replays saved inputs through a fuzz target's LLVMFuzzerTestOneInput without
// libFuzzer, so the default (gcc) build runs every input that once crashed a target
// (fuzz/regressions/<target>/) and its seed corpus (fuzz/corpus/<target>/) as a ctest.
// Arguments: files or directories (read recursively, in name order); a directory that
// does not exist counts as empty. A broken invariant aborts, which fails the test.
#include "fuzzsupport.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

namespace {

std::vector<std::filesystem::path> inputsUnder(const std::filesystem::path &path)
{
    std::vector<std::filesystem::path> files;
    if (std::filesystem::is_regular_file(path))
        files.push_back(path);
    else if (std::filesystem::is_directory(path)) {
        for (const auto &entry : std::filesystem::recursive_directory_iterator(path)) {
            // README files explain a folder; they are not inputs.
            if (entry.is_regular_file() && entry.path().filename() != "README.md")
                files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<uint8_t> contentsOf(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

int main(int argc, char **argv)
{
    std::size_t replayed = 0;
    for (int i = 1; i < argc; ++i) {
        for (const auto &file : inputsUnder(argv[i])) {
            std::cout << "replaying " << file.string() << std::endl;
            const std::vector<uint8_t> input = contentsOf(file);
            LLVMFuzzerTestOneInput(input.data(), input.size());
            ++replayed;
        }
    }
    std::cout << replayed << " input(s) replayed, no invariant broken" << std::endl;
    return 0;
}
