#include "syntax/perceptron.h"

#include <gtest/gtest.h>

namespace corroborate::syntax {
namespace {

// Two classes, told apart by one feature each; the bias feature is shared.
SparseModel TrainToy() {
  PerceptronTrainer t(2);
  for (int epoch = 0; epoch < 5; ++epoch) {
    for (int cls = 0; cls < 2; ++cls) {
      const std::vector<uint32_t> feats = {7, static_cast<uint32_t>(100 + cls)};
      float scores[2] = {0, 0};
      t.Score(feats, scores);
      t.Tick();
      t.Update(cls, scores[1] > scores[0] ? 1 : 0, feats);
    }
  }
  return t.Freeze(0.0f);
}

int Best(const SparseModel& m, uint32_t f) {
  float scores[2] = {0, 0};
  m.Score({7, f}, scores);
  return scores[1] > scores[0] ? 1 : 0;
}

TEST(PerceptronTest, LearnsAndSurvivesARoundTrip) {
  const SparseModel m = TrainToy();
  EXPECT_EQ(Best(m, 100), 0);
  EXPECT_EQ(Best(m, 101), 1);
  ByteWriter w;
  m.Write(&w);
  ByteReader r(w.bytes());
  SparseModel back;
  ASSERT_TRUE(back.Read(&r));
  EXPECT_TRUE(r.done());
  EXPECT_EQ(back.keys(), m.keys());
  EXPECT_EQ(Best(back, 100), 0);
  EXPECT_EQ(Best(back, 101), 1);
}

TEST(PerceptronTest, TruncatedTableIsRejected) {
  ByteWriter w;
  TrainToy().Write(&w);
  const std::string bytes = w.bytes().substr(0, w.bytes().size() - 2);
  ByteReader r(bytes);
  SparseModel back;
  EXPECT_FALSE(back.Read(&r));
}

TEST(PerceptronTest, MixIsOrderSensitive) {
  EXPECT_NE(Mix(1, 2), Mix(2, 1));
  EXPECT_EQ(HashString("abc"), HashString("abc"));
}

}  // namespace
}  // namespace corroborate::syntax
