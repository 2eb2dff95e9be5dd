#include "run_senales.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>

extern char** environ;

namespace senales::test {

namespace {

std::vector<std::string> environment_with(const std::map<std::string, std::string>& env) {
    std::vector<std::string> out;
    for (char** entry = environ; *entry; ++entry) {
        const std::string item = *entry;
        if (!env.count(item.substr(0, item.find('=')))) out.push_back(item);
    }
    for (const auto& [name, value] : env) out.push_back(name + "=" + value);
    return out;
}

}  // namespace

BinaryRun run_senales(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                      const std::map<std::string, std::string>& env, double timeout_seconds) {
    BinaryRun run;
    // Everything the child needs is made before fork: after it, only async-signal-safe calls.
    std::vector<std::string> argv_text = {SENALES_BINARY};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& a : argv_text) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> env_text = environment_with(env);
    std::vector<char*> envp;
    for (std::string& e : env_text) envp.push_back(e.data());
    envp.push_back(nullptr);
    const std::string where = cwd.string();

    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) return run;
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = ::fork();
    if (child == 0) {
        ::dup2(pipe_fds[1], STDOUT_FILENO);
        ::dup2(pipe_fds[1], STDERR_FILENO);
        ::close(pipe_fds[0]);
        ::close(pipe_fds[1]);
        const int null_in = ::open("/dev/null", O_RDONLY);
        if (null_in >= 0) ::dup2(null_in, STDIN_FILENO);
        if (::chdir(where.c_str()) != 0) ::_exit(126);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    ::close(pipe_fds[1]);
    if (child < 0) {
        ::close(pipe_fds[0]);
        return run;
    }
    const auto elapsed = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
    char buffer[4096];
    for (;;) {
        const double left = timeout_seconds - elapsed();
        if (left <= 0) {
            run.timed_out = true;
            ::kill(child, SIGKILL);
            break;
        }
        pollfd poll_fd{pipe_fds[0], POLLIN, 0};
        if (::poll(&poll_fd, 1, static_cast<int>(left * 1000) + 1) <= 0) continue;
        const ssize_t got = ::read(pipe_fds[0], buffer, sizeof buffer);
        if (got <= 0) break;  // the child closed its end: it has ended
        run.output.append(buffer, static_cast<std::size_t>(got));
    }
    ::close(pipe_fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    run.seconds = elapsed();
    if (WIFEXITED(status)) {
        run.exited = !run.timed_out;
        run.code = WEXITSTATUS(status);
    } else if (WIFSIGNALED(status)) {
        run.signal = WTERMSIG(status);
    }
    return run;
}

std::string bracketed(const std::string& code) {
    std::string out = "[";
    out += code;
    out += ']';
    return out;
}

std::string describe(const BinaryRun& run) {
    if (run.timed_out) return "killed after " + std::to_string(run.seconds) + " s";
    if (!run.exited) return "signal " + std::to_string(run.signal) + " (" + ::strsignal(run.signal) + ")";
    return "exit " + std::to_string(run.code);
}

}  // namespace senales::test
