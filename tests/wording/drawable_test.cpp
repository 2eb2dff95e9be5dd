// A character the fonts cannot draw stays visible as a white square, never a '?' or a blank.

#include <gtest/gtest.h>

#include "wording/drawable.h"

namespace senales {
namespace {

TEST(Drawable, WhatTheFontsCannotDrawShowsAsAWhiteSquare) {
    EXPECT_EQ(drawable_text("José Tzoc Q'anil"), "José Tzoc Q'anil");
    EXPECT_EQ(drawable_text("Ana 🌽"), "Ana □");
    EXPECT_EQ(drawable_text("李 Ana"), "□ Ana");
    EXPECT_EQ(drawable_text("Ana \xff"), "Ana □") << "a broken byte too";
    EXPECT_TRUE(undrawable_characters(drawable_text("Ana 🌽 李")).empty());
}

}  // namespace
}  // namespace senales
