#include "corroborate/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>

namespace corroborate {
namespace {

Report Sample() {
  Report r;
  Article a;
  a.id = "a1";
  a.path = "news/flood.txt";
  a.title = "Floods in Marenvale";
  a.text = "At least 31 people died in the Marenvale floods, the regional government said.";
  a.outlet = "North Gazette";
  a.event = "e1";
  r.articles.push_back(a);
  r.events.push_back({"e1", "Marenvale floods", {"a1"}, Date{2025, 2, 1}, Date{2025, 2, 1}, {"Marenvale"}});
  Claim c;
  c.id = "a1.c1";
  c.article = "a1";
  c.event = "e1";
  c.category = Category::kKilled;
  c.value_low = 31;
  c.sentence = a.text;
  r.claims.push_back(c);
  Figure f;
  f.id = "f1";
  f.event = "e1";
  f.low = 31;
  f.claims = {"a1.c1"};
  r.figures.push_back(f);
  return r;
}

int64_t Count(const std::string& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open(db_path.c_str(), &db);
  sqlite3_stmt* s = nullptr;
  int64_t n = -1;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW) n = sqlite3_column_int64(s, 0);
  sqlite3_finalize(s);
  sqlite3_close(db);
  return n;
}

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = (std::filesystem::temp_directory_path() / ("corroborate-store-" + std::to_string(::getpid()) + ".db")).string();
    std::filesystem::remove(path_);
  }
  void TearDown() override {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  std::string path_;
};

TEST_F(StoreTest, RunsAddUpAndArticlesAreNotDuplicated) {
  ASSERT_TRUE(StoreReport(Sample(), path_).ok());
  ASSERT_TRUE(StoreReport(Sample(), path_).ok());
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM runs"), 2);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM run_articles"), 2);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM claims WHERE category = 'killed' AND value_low = 31"), 2);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'marenvale AND floods'"), 1);
}

TEST_F(StoreTest, AFailedRunLeavesEarlierDataIntact) {
  ASSERT_TRUE(StoreReport(Sample(), path_).ok());
  Report bad = Sample();
  bad.articles[0].text = "A different text, so a new article row would be added.";
  bad.claims.push_back(bad.claims[0]);  // the same claim id twice: the insert fails half-way
  Status st = StoreReport(bad, path_);
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM runs"), 1);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM articles"), 1);
  EXPECT_EQ(Count(path_, "SELECT count(*) FROM claims"), 1);
}

TEST_F(StoreTest, NotADatabaseIsAnError) {
  {
    FILE* f = std::fopen(path_.c_str(), "wb");
    std::fputs("this is not a database, just text that is long enough to have a header page", f);
    std::fclose(f);
  }
  EXPECT_FALSE(StoreReport(Sample(), path_).ok());
  EXPECT_FALSE(StoreReport(Sample(), "/nonexistent-dir/x/y.db").ok());
}

}  // namespace
}  // namespace corroborate
