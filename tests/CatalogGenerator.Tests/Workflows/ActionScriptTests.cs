using System.Diagnostics;
using FleetCatalog.Tests.Testing;
using YamlDotNet.RepresentationModel;

namespace FleetCatalog.Tests.Workflows;

/// <summary>
/// The root action.yml's script, run with bash as the runner would run it, against the real validator: a stub
/// <c>dotnet</c> first on PATH skips the build and runs the catalog.dll this test project was built with.
/// </summary>
public sealed class ActionScriptTests : IDisposable
{
    private const string Broken = "name: x\ntype: nope\n";

    private readonly TempDirectory _dir = new();

    public ActionScriptTests()
    {
        var realDotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var catalog = Path.Combine(AppContext.BaseDirectory, "catalog.dll");
        _dir.Write("stub/dotnet", $$"""
            #!/bin/sh
            # 'dotnet build … --output DIR' is skipped; 'dotnet DIR/catalog.dll ARGS' runs the already built tool.
            if [ "$1" = build ]; then exit 0; fi
            shift
            exec '{{realDotnet}}' '{{catalog}}' "$@"
            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(_dir.Path, "stub", "dotnet"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        _dir.Write("workspace/.keep", string.Empty);
    }

    [Fact]
    public void Findings_become_annotations_outputs_and_a_summary_row()
    {
        _dir.Write("workspace/app/balena.yml", Broken);

        var (exit, output) = RunAction("app", "true");

        Assert.Equal(1, exit);
        Assert.Contains("::error file=app/balena.yml,line=2,col=7", output, StringComparison.Ordinal);
        Assert.Equal("errors=2\nwarnings=2\n", File.ReadAllText(Path.Combine(_dir.Path, "output.txt")));
        Assert.Contains("| `app` | ❌ failed | 2 | 2 | `catalog validate app --warnings-as-errors` |", File.ReadAllText(Path.Combine(_dir.Path, "summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Warnings_pass_unless_they_are_errors()
    {
        _dir.Write("workspace/balena.yml", "name: x\ntype: sw.application\nversion: 1.0.0\ndescription: d\ndata:\n  defaultDeviceType: raspberrypi4-64\n  supportedDeviceTypes: [raspberrypi4-64]\n");

        var (lenient, _) = RunAction(".", "false");
        var lenientOutput = File.ReadAllText(Path.Combine(_dir.Path, "output.txt"));
        var (strict, _) = RunAction(".", "true");

        Assert.Equal(0, lenient);
        Assert.Equal("errors=0\nwarnings=1\n", lenientOutput);
        Assert.Equal(1, strict);
    }

    [Fact]
    public void A_bad_switch_value_is_refused_with_an_annotation()
    {
        _dir.Write("workspace/balena.yml", Broken);

        var (exit, output) = RunAction(".", "yes");

        Assert.Equal(2, exit);
        Assert.Contains("::error title=Fleet Catalog check::warnings-as-errors must be true or false", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_is_data_never_shell_code()
    {
        var (exit, output) = RunAction("$(touch injected)`touch injected`; touch injected", "false");

        Assert.Equal(2, exit);
        Assert.False(File.Exists(Path.Combine(_dir.Path, "workspace", "injected")), output);
    }

    public void Dispose() => _dir.Dispose();

    private (int ExitCode, string Output) RunAction(string path, string warningsAsErrors)
    {
        File.WriteAllText(Path.Combine(_dir.Path, "output.txt"), string.Empty);
        var script = _dir.Write("validate.sh", ValidateScript());
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(_dir.Path, "workspace"),
        };
        start.ArgumentList.Add(script);
        var step = Step();
        foreach (var (key, value) in (YamlMappingNode)step.Children[new YamlScalarNode("env")])
        {
            var text = value.ToString();
            start.Environment[key.ToString()] = text switch
            {
                "${{ inputs.path }}" => path,
                "${{ inputs.warnings-as-errors }}" => warningsAsErrors,
                _ when text.Contains("${{", StringComparison.Ordinal) => throw new InvalidOperationException($"unexpected expression {text}"),
                _ => text,
            };
        }

        start.Environment["GITHUB_ACTION_PATH"] = TestPaths.RepositoryRoot;
        start.Environment["RUNNER_TEMP"] = _dir.Path;
        start.Environment["GITHUB_OUTPUT"] = Path.Combine(_dir.Path, "output.txt");
        start.Environment["GITHUB_STEP_SUMMARY"] = Path.Combine(_dir.Path, "summary.md");
        start.Environment["PATH"] = Path.Combine(_dir.Path, "stub") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start bash");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the action's script did not finish in 2 minutes");
        }

        return (process.ExitCode, output.Result + error.Result);
    }

    private static string ValidateScript() => Step().Children[new YamlScalarNode("run")].ToString();

    private static YamlMappingNode Step()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "action.yml"))));
        var runs = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("runs")];
        return ((YamlSequenceNode)runs.Children[new YamlScalarNode("steps")]).Children.OfType<YamlMappingNode>()
            .Single(s => s.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id.ToString() == "validate");
    }
}
