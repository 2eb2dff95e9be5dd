// PO files as translators' tools write and read them.

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "wording/po_file.h"

using namespace senales;

namespace {

PoFile sample() {
    PoFile file;
    file.header["Language"] = "quc";
    file.header["X-Senales-Language-Name"] = "K'iche'";
    PoEntry plain;
    plain.context = "bar_inspection/arrival/text";
    plain.source = "El gerente contesta por ella.";
    plain.translation = "[quc] El gerente contesta por ella.";
    plain.notes = {"en: The manager answers for her."};
    plain.references = {"scenarios/bar_inspection/scenario.lua:57"};
    PoEntry tricky;
    tricky.context = "ui/quote";
    tricky.source = "Dijo \"ya\" y se fue\nsin mirar atrás\t(\\)";
    tricky.fuzzy = true;
    tricky.previous_source = "Dijo \"ya\"";
    file.entries = {plain, tricky};
    return file;
}

}  // namespace

TEST(PoFile, WhatIsWrittenReadsBackTheSame) {
    const PoFile original = sample();
    std::vector<PoProblem> problems;
    const PoFile read = parse_po(write_po(original), problems);
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(read.header.at("Language"), "quc");
    EXPECT_EQ(read.header.at("X-Senales-Language-Name"), "K'iche'");
    EXPECT_EQ(read.header.at("Content-Type"), "text/plain; charset=UTF-8");
    ASSERT_EQ(read.entries.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(read.entries[i].context, original.entries[i].context);
        EXPECT_EQ(read.entries[i].source, original.entries[i].source);
        EXPECT_EQ(read.entries[i].translation, original.entries[i].translation);
        EXPECT_EQ(read.entries[i].notes, original.entries[i].notes);
        EXPECT_EQ(read.entries[i].references, original.entries[i].references);
        EXPECT_EQ(read.entries[i].fuzzy, original.entries[i].fuzzy);
        EXPECT_EQ(read.entries[i].previous_source, original.entries[i].previous_source);
    }
    EXPECT_GT(read.entries[1].line, read.entries[0].line);
}

TEST(PoFile, AMalformedEntryIsAProblemAtItsLineAndTheOthersAreKept) {
    std::vector<PoProblem> problems;
    const PoFile read = parse_po("msgctxt \"a\"\nmsgid \"uno\"\nmsgstr \"one\"\n\nmsgctxt \"b\"\nmsgid \"dos\nmsgstr \"two\"\n\n"
                                 "msgctxt \"c\"\nmsgid \"tres\"\nmsgstr \"three\"\n",
                                 problems);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].line, 6);
    ASSERT_EQ(read.entries.size(), 2u);  // the broken one is left out, the others kept
    EXPECT_EQ(read.entries[0].translation, "one");
    EXPECT_EQ(read.entries[1].translation, "three");
}

// The translators' own tool accepts every file Señales writes.
TEST(PoFile, MsgfmtCheckAcceptsWhatIsWritten) {
    ASSERT_EQ(std::system("msgfmt --version > /dev/null 2>&1"), 0) << "msgfmt (Debian package gettext) is missing";
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "senales_po_test.po";
    PoFile po = sample();
    po.header["Project-Id-Version"] = "Señales";
    po.header["PO-Revision-Date"] = "2026-12-04 10:00+0000";
    po.header["Last-Translator"] = "Test <test@example.org>";
    po.header["Language-Team"] = "K'iche'";
    std::ofstream(file, std::ios::binary) << write_po(po);
    const std::string command = "msgfmt --check -o /dev/null " + file.string() + " 2>&1";
    EXPECT_EQ(std::system(command.c_str()), 0) << "msgfmt --check refused " << file;
    std::filesystem::remove(file);
}
