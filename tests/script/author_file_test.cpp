// Reading an author's file: only a plain file of a sane size is read at all.

#include "script/author_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>

#include "test_support.h"

namespace senales {
namespace {

using test::find_code;

class AuthorFileTest : public ::testing::Test {
protected:
    test::TempFolder folder_;
    Diagnostics diagnostics_;
};

TEST_F(AuthorFileTest, APlainFileIsReadWhole) {
    const auto file = folder_.write("scenario.lua", "return 1\n");
    const AuthorFile read = read_author_file(file, 100, diagnostics_);
    ASSERT_TRUE(read.bytes);
    EXPECT_EQ(*read.bytes, "return 1\n");
    EXPECT_TRUE(diagnostics_.items().empty());
}

TEST_F(AuthorFileTest, AMissingFileIsLeftToTheCaller) {
    const AuthorFile read = read_author_file(folder_.path() / "scenario.lua", 100, diagnostics_);
    EXPECT_FALSE(read.bytes);
    EXPECT_TRUE(read.missing);
    EXPECT_TRUE(diagnostics_.items().empty());
}

TEST_F(AuthorFileTest, AFileOverTheLimitIsRefusedWithoutReadingIt) {
    const auto file = folder_.write("scenario.lua", "");
    std::filesystem::resize_file(file, 50'000'000);  // sparse
    const AuthorFile read = read_author_file(file, 4u << 20, diagnostics_);
    EXPECT_FALSE(read.bytes);
    const Diagnostic* d = find_code(diagnostics_, "file-too-big");
    ASSERT_NE(d, nullptr) << diagnostics_.format();
    EXPECT_EQ(d->file, file.string());
    EXPECT_NE(d->message.find("scenario.lua is 47.7 MiB; a file may be at most 4 MiB"), std::string::npos)
        << d->message;
    EXPECT_FALSE(d->hint.empty());
}

TEST_F(AuthorFileTest, AFileExactlyAtTheLimitIsRead) {
    const auto file = folder_.write("scenario.lua", std::string(100, 'x'));
    EXPECT_TRUE(read_author_file(file, 100, diagnostics_).bytes);
    EXPECT_FALSE(read_author_file(file, 99, diagnostics_).bytes);
}

TEST_F(AuthorFileTest, ANamedPipeIsRefusedAtOnce) {
    const auto file = folder_.path() / "scenario.lua";
    ASSERT_EQ(::mkfifo(file.c_str(), 0600), 0);
    const auto start = std::chrono::steady_clock::now();
    EXPECT_FALSE(read_author_file(file, 100, diagnostics_).bytes);
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 1.0);
    EXPECT_NE(find_code(diagnostics_, "not-a-file"), nullptr) << diagnostics_.format();
}

TEST_F(AuthorFileTest, AFolderIsRefused) {
    std::filesystem::create_directory(folder_.path() / "scenario.lua");
    EXPECT_FALSE(read_author_file(folder_.path() / "scenario.lua", 100, diagnostics_).bytes);
    EXPECT_NE(find_code(diagnostics_, "not-a-file"), nullptr) << diagnostics_.format();
}

TEST(SizeInWords, ReadsLikeAnAuthorWouldSayIt) {
    EXPECT_EQ(size_in_words(37), "37 bytes");
    EXPECT_EQ(size_in_words(16 * 1024), "16 KiB");
    EXPECT_EQ(size_in_words(4u << 20), "4 MiB");
    EXPECT_EQ(size_in_words(50'000'000), "47.7 MiB");
}

}  // namespace
}  // namespace senales
