// A throwaway PostgreSQL cluster for tests: initdb in a temporary folder,
// the server listening only on a unix socket there, stopped and removed when
// the object goes. Run as root, the server runs as the "postgres" user
// (PostgreSQL refuses root).
#ifndef DYAD_TESTS_TESTING_POSTGRES_CLUSTER_H_
#define DYAD_TESTS_TESTING_POSTGRES_CLUSTER_H_

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

namespace dyad::testing {

class PostgresCluster {
 public:
  // Starts a cluster; nullptr (and `*why` says why) when the server
  // binaries are missing or it does not start.
  static std::unique_ptr<PostgresCluster> Start(std::string* why) {
    namespace fs = std::filesystem;
    fs::path bin;
    if (fs::exists("/usr/lib/postgresql")) {
      for (const auto& version : fs::directory_iterator("/usr/lib/postgresql"))
        if (fs::exists(version.path() / "bin" / "initdb")) bin = version.path() / "bin";
    }
    if (bin.empty()) {
      *why = "PostgreSQL server binaries not found (apt-get install postgresql)";
      return nullptr;
    }
    SweepOrphans(bin);
    char dir[] = "/tmp/dyad-pg-XXXXXX";
    if (!mkdtemp(dir)) {
      *why = "cannot make a temporary folder";
      return nullptr;
    }
    auto cluster = std::unique_ptr<PostgresCluster>(new PostgresCluster(bin, dir));
    std::ofstream(std::string(dir) + "/owner") << getpid();
    std::string as;
    if (geteuid() == 0) {
      const passwd* pw = getpwnam("postgres");
      if (pw == nullptr || chown(dir, pw->pw_uid, pw->pw_gid) != 0) {
        *why = "running as root without a 'postgres' user to run the server";
        return nullptr;
      }
      as = "runuser -u postgres -- ";
    }
    cluster->as_ = as;
    const std::string d = dir;
    if (!cluster->Run(as + (bin / "initdb").string() + " -D " + d +
                      "/data -U dyad --auth=trust -E UTF8 --no-locale --no-sync > " + d +
                      "/initdb.log 2>&1")) {
      *why = "initdb failed (see " + d + "/initdb.log)";
      cluster->keep_ = true;
      return nullptr;
    }
    if (!cluster->StartServer()) {
      *why = "the server did not start (see " + d + "/server.log)";
      cluster->keep_ = true;
      return nullptr;
    }
    return cluster;
  }

  ~PostgresCluster() {
    if (running_)
      Run(as_ + (bin_ / "pg_ctl").string() + " -D " + dir_ +
          "/data -m immediate stop > /dev/null 2>&1");
    if (!keep_) {
      std::error_code ignored;
      std::filesystem::remove_all(dir_, ignored);
    }
  }

  // For fault tests: StopServer stops the server as `pg_ctl stop -m MODE`
  // does ("fast": sessions are ended, open transactions rolled back;
  // "immediate": as a crash); StartServer starts it (on a socket in the
  // cluster's folder only, without fsync, finding deadlocks after 100 ms
  // rather than 1 s). False when the step failed.
  bool StopServer(const std::string& mode) {
    running_ = !Run(as_ + (bin_ / "pg_ctl").string() + " -D " + dir_ + "/data -m " +
                    mode + " -w stop > /dev/null 2>&1");
    return !running_;
  }
  bool StartServer() {
    running_ = Run(as_ + (bin_ / "pg_ctl").string() + " -D " + dir_ + "/data -l " + dir_ +
                   "/server.log -w -o \"-k " + dir_ +
                   " -c listen_addresses= -c fsync=off -c deadlock_timeout=100ms\" start "
                   "> /dev/null 2>&1");
    return running_;
  }

  // A database of its own for each caller that asks (`name`), created on
  // first use; the URL reaches it through the socket folder.
  std::string Url(const std::string& name) {
    std::string url = "postgresql:///" + name + "?host=" + dir_ + "&user=dyad";
    Run(as_ + (bin_ / "createdb").string() + " -h " + dir_ + " -U dyad " + name +
        " > /dev/null 2>&1");
    return url;
  }

 private:
  // Clusters whose test process died without stopping them (a crash): each
  // folder names its owner's pid; a dead owner's cluster is stopped and
  // removed. Live owners (tests running beside this one) are left alone.
  static void SweepOrphans(const std::filesystem::path& bin) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator("/tmp", ec)) {
      const std::string dir = entry.path().string();
      if (dir.rfind("/tmp/dyad-pg-", 0) != 0) continue;
      long owner = 0;
      std::ifstream(dir + "/owner") >> owner;
      if (owner <= 0 || kill(static_cast<pid_t>(owner), 0) == 0) continue;
      std::string as = geteuid() == 0 ? "runuser -u postgres -- " : "";
      Run(as + (bin / "pg_ctl").string() + " -D " + dir +
          "/data -m immediate stop > /dev/null 2>&1");
      std::filesystem::remove_all(dir, ec);
    }
  }

  PostgresCluster(std::filesystem::path bin, std::string dir)
      : bin_(std::move(bin)), dir_(std::move(dir)) {}
  static bool Run(const std::string& command) {
    return std::system(command.c_str()) == 0;
  }

  std::filesystem::path bin_;
  std::string dir_, as_;
  bool running_ = false, keep_ = false;
};

}  // namespace dyad::testing

#endif  // DYAD_TESTS_TESTING_POSTGRES_CLUSTER_H_
