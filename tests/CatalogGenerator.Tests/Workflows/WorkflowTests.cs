using FleetCatalog.Tests.Testing;
using YamlDotNet.RepresentationModel;

namespace FleetCatalog.Tests.Workflows;

/// <summary>The repository's GitHub workflows and root action.yml: actionlint finds nothing, and they are safe for forks.</summary>
public sealed class WorkflowTests
{
    public static TheoryData<string> WorkflowFiles => [.. Directory.GetFiles(WorkflowFolder, "*.yml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    private static string WorkflowFolder => Path.Combine(TestPaths.RepositoryRoot, ".github", "workflows");

    private static string ActionFile => Path.Combine(TestPaths.RepositoryRoot, "action.yml");

    [Fact]
    public void The_pull_request_and_publish_workflows_exist()
    {
        Assert.Contains("pull-request.yml", WorkflowFiles);
        Assert.Contains("publish.yml", WorkflowFiles);
        Assert.True(File.Exists(ActionFile));
    }

    [Fact]
    public void Actionlint_finds_nothing_in_the_workflows()
    {
        var files = Directory.GetFiles(WorkflowFolder, "*.yml");

        var findings = Actionlint.Lint(files);

        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public void Actionlint_finds_nothing_in_the_action_steps()
    {
        using var dir = new TempDirectory();
        var wrapped = dir.Write("action-as-workflow.yml", ActionAsWorkflow.Wrap(File.ReadAllText(ActionFile)));

        var findings = Actionlint.Lint([wrapped]);

        Assert.True(findings.Count == 0, string.Join('\n', findings) + "\n\n" + File.ReadAllText(wrapped));
    }

    [Fact]
    public void Actionlint_really_lints()
    {
        // Guards the two tests above against a linter that silently checks nothing.
        using var dir = new TempDirectory();
        var broken = dir.Write("broken.yml", """
            on: pull_request
            jobs:
              a:
                runs-on: ubuntu-latest
                steps:
                  - run: echo "${{ github.event.pull_request.title }}"
                  - run: echo ${{ steps.missing.outputs.value }}
            """);

        var findings = Actionlint.Lint([broken]);

        Assert.Contains(findings, f => f.Contains("broken.yml:6:", StringComparison.Ordinal) && f.Contains("untrusted", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("broken.yml:7:", StringComparison.Ordinal) && f.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrapped_action_is_linted_with_its_inputs_and_steps()
    {
        // The wrapping must keep what actionlint checks: the inputs' names and each step's expressions.
        using var dir = new TempDirectory();
        var wrapped = dir.Write("wrapped.yml", ActionAsWorkflow.Wrap("""
            name: x
            description: y
            inputs:
              path:
                default: "."
            runs:
              using: composite
              steps:
                - id: first
                  shell: bash
                  env:
                    P: ${{ inputs.path }}
                    Q: ${{ inputs.pth }}
                  run: echo "$P$Q"
                - shell: bash
                  env:
                    R: ${{ steps.frist.outputs.value }}
                  run: echo "$R"
            """));

        var findings = Actionlint.Lint([wrapped]);

        Assert.Equal(2, findings.Count);
        Assert.Contains(findings, f => f.Contains("\"pth\"", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("\"frist\"", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(WorkflowFiles))]
    public void Each_workflow_is_safe_for_forks(string file)
    {
        var findings = WorkflowSafetyRules.CheckWorkflow(file, File.ReadAllText(Path.Combine(WorkflowFolder, file)));

        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public void The_action_is_safe_to_run_in_any_repository()
    {
        var findings = WorkflowSafetyRules.CheckAction("action.yml", File.ReadAllText(ActionFile));

        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    [Fact]
    public void Only_the_deploy_job_can_write_and_only_to_pages()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(WorkflowFolder, "publish.yml"))));
        var jobs = (YamlMappingNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("jobs")];

        var writes = jobs.Children
            .Select(job => (Job: job.Key.ToString(), Permissions: ((YamlMappingNode)job.Value).Children.TryGetValue(new YamlScalarNode("permissions"), out var p) ? p : null))
            .SelectMany(j => j.Permissions is YamlMappingNode map
                ? map.Children.Where(p => p.Value.ToString() == "write").Select(p => $"{j.Job}: {p.Key}")
                : [])
            .Order(StringComparer.Ordinal);

        Assert.Equal(["deploy: id-token", "deploy: pages"], writes);
    }
}
