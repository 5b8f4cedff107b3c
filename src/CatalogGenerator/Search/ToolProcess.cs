using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace FleetCatalog.Search;

/// <summary>Runs an external program (node, npm) with a time limit and captures what it printed.</summary>
internal static class ToolProcess
{
    /// <summary>The outcome; <see cref="ToolRun.Started"/> is false when the program is not on PATH.</summary>
    public static ToolRun Run(string program, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // npm and pagefind print colours and progress for terminals only; keep their output plain.
        start.Environment["NO_COLOR"] = "1";
        start.Environment["npm_config_update_notifier"] = "false";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception($"cannot start {program}");
        }
        catch (Win32Exception)
        {
            return new ToolRun(false, -1, string.Empty, TimedOut: false);
        }

        using (process)
        {
            var output = new StringBuilder();
            var gate = new Lock();
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return new ToolRun(true, -1, Text(), TimedOut: true);
            }

            process.WaitForExit(); // flushes the asynchronous readers
            return new ToolRun(true, process.ExitCode, Text(), TimedOut: false);

            void Append(string? line)
            {
                if (line is null)
                {
                    return;
                }

                lock (gate)
                {
                    output.AppendLine(line);
                }
            }

            string Text()
            {
                lock (gate)
                {
                    return output.ToString();
                }
            }
        }
    }
}
