namespace FleetCatalog.Tests.Workflows;

/// <summary>Each fork-safety rule catches the mistake it exists for (the files themselves are checked in <see cref="WorkflowTests"/>).</summary>
public sealed class WorkflowSafetyRulesTests
{
    private const string Safe = """
        on:
          pull_request:
        permissions:
          contents: read
        concurrency:
          group: pr-${{ github.event.pull_request.number }}
          cancel-in-progress: true
        jobs:
          check:
            runs-on: ubuntu-latest
            timeout-minutes: 10
            steps:
              - uses: actions/checkout@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2
                with:
                  persist-credentials: false
              - env:
                  TITLE: ${{ github.event.pull_request.title }}
                run: echo "$TITLE"
        """;

    [Fact]
    public void A_safe_workflow_has_no_findings()
    {
        Assert.Empty(WorkflowSafetyRules.CheckWorkflow("safe.yml", Safe));
    }

    [Theory]
    [InlineData("  pull_request:\n", "  pull_request_target:\n", "'pull_request_target' runs fork code")]
    [InlineData("  pull_request:\n", "  workflow_run:\n    workflows: [x]\n", "'workflow_run' runs fork code")]
    [InlineData("permissions:\n  contents: read\n", "", "no top-level 'permissions'")]
    [InlineData("  contents: read\n", "  contents: write\n", "'contents: write' is not read-only")]
    [InlineData("permissions:\n  contents: read\n", "permissions: write-all\n", "'permissions: write-all' is not read-only")]
    [InlineData("    timeout-minutes: 10\n", "", "has no 'timeout-minutes'")]
    [InlineData("    timeout-minutes: 10\n", "    timeout-minutes: 10\n    permissions:\n      pull-requests: write\n", "asks for write permissions (pull-requests)")]
    [InlineData("  cancel-in-progress: true\n", "  cancel-in-progress: false\n", "'cancel-in-progress: true'")]
    [InlineData("@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2", "@v6", "'actions/checkout@v6' is not pinned to a full commit SHA")]
    [InlineData("@de0fac2e4500dabe0009e67214ff5f5447ce83dd # v6.0.2", "@de0fac2e", "is not pinned to a full commit SHA")]
    [InlineData(" # v6.0.2", "", "needs a '# vX.Y.Z' comment")]
    [InlineData("          persist-credentials: false\n", "          fetch-depth: 1\n", "without 'persist-credentials: false'")]
    [InlineData("run: echo \"$TITLE\"", "run: echo \"${{ github.event.pull_request.title }}\"", "a 'run' script contains")]
    [InlineData("run: echo \"$TITLE\"", "run: echo ${{ inputs.path }}", "a 'run' script contains")]
    [InlineData("TITLE: ${{ github.event.pull_request.title }}", "TITLE: ${{ secrets.TOKEN }}", "uses 'secrets.'")]
    public void Each_rule_catches_its_mistake(string safePart, string unsafePart, string expected)
    {
        Assert.Contains(safePart, Safe, StringComparison.Ordinal);
        var workflow = Safe.Replace(safePart, unsafePart, StringComparison.Ordinal);

        var findings = WorkflowSafetyRules.CheckWorkflow("unsafe.yml", workflow);

        Assert.Contains(findings, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_job_that_writes_runs_no_script_of_its_own()
    {
        var publish = """
            on:
              push:
            permissions:
              contents: read
            jobs:
              deploy:
                runs-on: ubuntu-latest
                timeout-minutes: 10
                permissions:
                  pages: write
                steps:
                  - run: ./deploy.sh
            """;

        var findings = WorkflowSafetyRules.CheckWorkflow("publish.yml", publish);

        Assert.Contains(findings, f => f.Contains("can write (pages) and also runs scripts", StringComparison.Ordinal));
    }

    [Fact]
    public void An_action_passes_inputs_through_env_and_names_its_shell()
    {
        var action = """
            name: x
            inputs:
              path:
                default: "."
            runs:
              using: composite
              steps:
                - run: catalog validate ${{ inputs.path }}
            """;

        var findings = WorkflowSafetyRules.CheckAction("action.yml", action);

        Assert.Contains(findings, f => f.Contains("action.yml:8: a 'run' script contains", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("needs 'shell:'", StringComparison.Ordinal));
    }
}
