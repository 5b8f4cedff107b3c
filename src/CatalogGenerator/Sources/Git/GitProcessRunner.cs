using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace FleetCatalog.Sources.Git;

/// <summary>
/// Runs one git process without a shell, reads its output, and kills it with all its children when it runs
/// past its deadline or writes more than allowed.
/// </summary>
internal sealed class GitProcessRunner(string executable, bool ignoreUserConfig)
{
    private const int StderrTailChars = 4000;
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan KillGrace = TimeSpan.FromSeconds(5);

    public async Task<GitProcessResult> RunAsync(GitInvocation invocation, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (DateTime.UtcNow >= invocation.Deadline)
        {
            // Earlier steps used the whole time; starting git now could only be killed at once.
            return new GitProcessResult(GitProcessOutcome.TimedOut, -1, string.Empty, string.Empty);
        }

        using var process = new Process { StartInfo = StartInfo(invocation) };
        try
        {
            if (!process.Start())
            {
                return new GitProcessResult(GitProcessOutcome.Missing, -1, string.Empty, string.Empty);
            }
        }
        catch (Win32Exception e)
        {
            return new GitProcessResult(GitProcessOutcome.Missing, -1, string.Empty, e.Message);
        }

        // Nothing is ever typed into git: an empty stdin makes any question fail at once.
        process.StandardInput.Close();
        var output = new StringBuilder();
        var error = new StringBuilder();
        var outputOverflow = false;
        var reading = Task.WhenAll(
            ReadAsync(process.StandardOutput, output, invocation.MaxBytes, tailOnly: false, () => outputOverflow = true),
            ReadAsync(process.StandardError, error, StderrTailChars, tailOnly: true, static () => { }));

        var outcome = await WatchAsync(process, invocation, () => Volatile.Read(ref outputOverflow), cancellationToken);
        if (outcome != GitProcessOutcome.Exited)
        {
            await KillAsync(process);
        }

        // A grandchild that outlives git may hold the pipes open; do not wait for it.
        await Task.WhenAny(reading, Task.Delay(KillGrace, CancellationToken.None));
        var exitCode = process.HasExited ? process.ExitCode : -1;
        string stdout, stderr;
        lock (output)
        {
            stdout = output.ToString();
        }

        lock (error)
        {
            stderr = error.ToString();
        }

        return new GitProcessResult(outcome, exitCode, stdout, stderr.Length > StderrTailChars ? stderr[^StderrTailChars..] : stderr);
    }

    private ProcessStartInfo StartInfo(GitInvocation invocation)
    {
        var info = new ProcessStartInfo(executable)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            CreateNoWindow = true,
            WorkingDirectory = invocation.WorkingDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in invocation.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        GitEnvironment.Apply(info.Environment, ignoreUserConfig);
        return info;
    }

    private static async Task<GitProcessOutcome> WatchAsync(Process process, GitInvocation invocation, Func<bool> outputOverflow, CancellationToken cancellationToken)
    {
        var exited = process.WaitForExitAsync(CancellationToken.None);
        while (true)
        {
            var remaining = invocation.Deadline - DateTime.UtcNow;
            var wait = remaining < Poll ? remaining : Poll;
            if (wait > TimeSpan.Zero)
            {
                await Task.WhenAny(exited, Task.Delay(wait, CancellationToken.None));
            }

            if (exited.IsCompleted)
            {
                return outputOverflow() ? GitProcessOutcome.TooLarge : GitProcessOutcome.Exited;
            }

            if (cancellationToken.IsCancellationRequested)
            {
                await KillAsync(process);
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (outputOverflow() || invocation.MeasureBytes?.Invoke() > invocation.MaxBytes)
            {
                return GitProcessOutcome.TooLarge;
            }

            if (DateTime.UtcNow >= invocation.Deadline)
            {
                return GitProcessOutcome.TimedOut;
            }
        }
    }

    private static async Task KillAsync(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own in the meantime.
        }
        catch (Win32Exception)
        {
            // A child already gone; the rest of the tree has been signalled.
        }

        try
        {
            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(KillGrace);
        }
        catch (TimeoutException)
        {
            // Left to the operating system; the caller gets its answer now.
        }
    }

    private static async Task ReadAsync(StreamReader reader, StringBuilder sink, long limit, bool tailOnly, Action overflow)
    {
        var buffer = new char[8192];
        try
        {
            int read;
            while ((read = await reader.ReadAsync(buffer)) > 0)
            {
                lock (sink)
                {
                    sink.Append(buffer, 0, read);
                    if (tailOnly && sink.Length > 2 * limit)
                    {
                        sink.Remove(0, sink.Length - (int)limit);
                    }
                    else if (!tailOnly && sink.Length > limit)
                    {
                        overflow();
                        return;
                    }
                }
            }
        }
        catch (IOException)
        {
            // The pipe broke because the process was killed.
        }
        catch (ObjectDisposedException)
        {
            // Same, seen from the other side.
        }
    }
}
