// A store in a folder its reader cannot write (an archive, a read-only
// mount) is still read: query, export and serve open it read-only. The
// reader is the "nobody" user in a child process when the tests run as root
// (root writes anywhere), else the folder is made read-only.
#include <gtest/gtest.h>
#include <pwd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "dyad/coder.h"
#include "dyad/store.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class ReadOnlyStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dyad_read_only_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    fs::permissions(dir_, fs::perms::owner_all | fs::perms::group_read |
                              fs::perms::group_exec | fs::perms::others_read |
                              fs::perms::others_exec);
  }
  void TearDown() override {
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add);
    fs::remove_all(dir_);
  }

  // Ingests two articles into `path`; while the store returned is open, its
  // write-ahead log is there.
  static std::unique_ptr<Store> Fill(const std::string& path) {
    auto store = Store::Open(path);
    EXPECT_TRUE(store.ok()) << store.status().message();
    const Coder coder(*Dictionary::Default());
    for (const char* id : {"a1", "a2"}) {
      Document d;
      d.id = id;
      d.date = "2024-07-11";
      d.text = std::string("Iran condemned Israel. ") + id;
      EXPECT_TRUE((*store)->Ingest(d, coder.Code(d)).ok());
    }
    return std::move(*store);
  }

  // Opens `path` read-only as a user who cannot write `dir_` and reads
  // every event; "" when that worked, else the error.
  std::string ReadAsReader(const std::string& path) {
    if (geteuid() != 0)
      fs::permissions(dir_, fs::perms::owner_write, fs::perm_options::remove);
    int fds[2];
    if (pipe(fds) != 0) return "pipe failed";
    const pid_t pid = fork();
    if (pid == 0) {
      close(fds[0]);
      std::string result;
      const passwd* nobody = geteuid() == 0 ? getpwnam("nobody") : nullptr;
      if (geteuid() == 0 &&
          (!nobody || setgid(nobody->pw_gid) != 0 || setuid(nobody->pw_uid) != 0)) {
        result = "cannot become nobody";
      } else if (auto store = Store::Open(path, /*read_only=*/true); !store.ok()) {
        result = store.status().message();
      } else if (auto counts = (*store)->Counts(); !counts.ok()) {
        result = counts.status().message();
      } else if (auto events = (*store)->Events(EventQuery{}); !events.ok()) {
        result = events.status().message();
      } else if ((*counts)[0] != 2 || events->size() != 1) {
        result = "read " + std::to_string((*counts)[0]) + " documents, " +
                 std::to_string(events->size()) + " events";
      }
      if (write(fds[1], result.data(), result.size()) < 0) _exit(2);
      _exit(0);
    }
    close(fds[1]);
    std::string result;
    char buf[512];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) result.append(buf, n);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return result;
  }

  fs::path dir_;
};

TEST_F(ReadOnlyStoreTest, AStoreInAFolderThatCannotBeWrittenIsRead) {
  const std::string path = (dir_ / "events.db").string();
  Fill(path).reset();  // closed: the log is checkpointed and removed
  ASSERT_FALSE(fs::exists(path + "-wal"));
  EXPECT_EQ(ReadAsReader(path), "");
  EXPECT_FALSE(fs::exists(path + "-shm"));  // nothing was written beside it
}

TEST_F(ReadOnlyStoreTest, AnUnfinishedLogThatCannotBeReadIsAClearError) {
  // A copy taken while a writer had the store open: the store and its log.
  const fs::path elsewhere = dir_.string() + "_writer";
  fs::create_directories(elsewhere);
  const std::string original = (elsewhere / "events.db").string();
  auto writer = Fill(original);
  ASSERT_GT(fs::file_size(original + "-wal"), 0u);
  const std::string path = (dir_ / "events.db").string();
  fs::copy_file(original, path);
  fs::copy_file(original + "-wal", path + "-wal");
  writer.reset();
  fs::remove_all(elsewhere);
  const std::string error = ReadAsReader(path);
  EXPECT_NE(error.find("events.db-wal holds writes not yet in the store"),
            std::string::npos)
      << error;
}

}  // namespace
}  // namespace dyad
