using System.Text.RegularExpressions;
using FleetCatalog.Cli;

namespace FleetCatalog.Tests.Cli;

/// <summary>
/// <c>catalog serve</c> running in-process until disposed (cancelled, as Ctrl+C does), with what it prints
/// readable while it runs.
/// </summary>
internal sealed partial class ServeRun : IAsyncDisposable
{
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly TextWriter _syncOutput;
    private readonly TextWriter _syncError;
    private readonly CancellationTokenSource _stop = new();

    private ServeRun(string[] args)
    {
        _syncOutput = TextWriter.Synchronized(_output);
        _syncError = TextWriter.Synchronized(_error);
        Exit = Task.Run(() => CatalogCli.RunAsync(["serve", .. args], _syncOutput, _syncError, () => new MemoryStream(), _stop.Token));
    }

    /// <summary>The command's exit code, once it has stopped.</summary>
    public Task<int> Exit { get; }

    public Uri Url { get; private set; } = null!;

    public string Output
    {
        get { lock (_syncOutput) { return _output.ToString(); } }
    }

    public string Error
    {
        get { lock (_syncError) { return _error.ToString(); } }
    }

    /// <summary>Starts serve without waiting for anything.</summary>
    public static ServeRun Begin(params string[] args) => new(args);

    /// <summary>Starts serve and waits until it prints its address (the first build done).</summary>
    public static async Task<ServeRun> StartAsync(params string[] args)
    {
        var run = new ServeRun(args);
        var line = await run.WaitForAsync(ServingLine(), TimeSpan.FromSeconds(90));
        run.Url = new Uri(line.Groups[1].Value);
        return run;
    }

    /// <summary>Waits for the output to match <paramref name="pattern"/> (fails the test on timeout or if serve stops).</summary>
    public async Task<Match> WaitForAsync(Regex pattern, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            if (pattern.Match(Output) is { Success: true } match)
            {
                return match;
            }

            if (Exit.IsCompleted || DateTime.UtcNow > until)
            {
                throw new TimeoutException($"serve did not print /{pattern}/ (exited: {Exit.IsCompleted}). Output:\n{Output}\nError:\n{Error}");
            }

            await Task.Delay(25);
        }
    }

    public Task<Match> WaitForAsync(string text, TimeSpan timeout) => WaitForAsync(new Regex(Regex.Escape(text)), timeout);

    /// <summary>Cancels serve and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await Exit.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        if (!Exit.IsCompleted)
        {
            await StopAsync();
        }

        _stop.Dispose();
        _output.Dispose();
        _error.Dispose();
    }

    [GeneratedRegex(@"Serving at (http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ServingLine();
}
