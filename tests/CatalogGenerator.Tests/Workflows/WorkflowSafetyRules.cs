using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace FleetCatalog.Tests.Workflows;

/// <summary>
/// The rules that keep the workflows and the root action.yml safe for pull requests from forks, beyond what
/// actionlint checks: no privileged triggers, read-only permissions, actions pinned to commits, no expressions
/// spliced into scripts, no credentials left in checkouts, and bounded, cancellable jobs.
/// </summary>
internal static partial class WorkflowSafetyRules
{
    // Triggers that run with the base repository's secrets and a write token on behalf of a fork.
    private static readonly string[] PrivilegedTriggers = ["pull_request_target", "workflow_run"];

    /// <summary>The findings for one workflow file, each "file:line: what is wrong"; none when it is safe.</summary>
    public static IReadOnlyList<string> CheckWorkflow(string name, string text)
    {
        var findings = new List<string>();
        var root = Parse(text);
        var triggers = Triggers(root);
        foreach (var trigger in triggers.Where(t => PrivilegedTriggers.Contains(t.Name)))
        {
            findings.Add($"{name}:{trigger.Line}: '{trigger.Name}' runs fork code with this repository's secrets and a write token; use 'pull_request'");
        }

        CheckTopLevelPermissions(name, root, findings);
        var forPullRequests = triggers.Any(t => t.Name == "pull_request");
        if (forPullRequests)
        {
            if (Scalars(root).Any(s => SecretsPattern().IsMatch(s.Value ?? string.Empty)))
            {
                findings.Add($"{name}: a pull-request workflow uses 'secrets.'; forks get none, and the workflow must not need them");
            }

            if (Child(root, "concurrency") is not YamlMappingNode concurrency || Scalar(concurrency, "cancel-in-progress") != "true")
            {
                findings.Add($"{name}: a pull-request workflow needs 'concurrency' with 'cancel-in-progress: true', so a new push cancels the superseded run");
            }
        }

        if (Child(root, "jobs") is YamlMappingNode jobs)
        {
            foreach (var (key, value) in jobs.Children)
            {
                if (value is YamlMappingNode job)
                {
                    CheckJob(name, ((YamlScalarNode)key).Value ?? string.Empty, job, forPullRequests, findings);
                }
            }
        }

        CheckPins(name, text, findings);
        return findings;
    }

    /// <summary>The findings for a composite action's metadata (the root action.yml).</summary>
    public static IReadOnlyList<string> CheckAction(string name, string text)
    {
        var findings = new List<string>();
        var root = Parse(text);
        if (Child(root, "runs") is not YamlMappingNode runs || Scalar(runs, "using") != "composite")
        {
            findings.Add($"{name}: 'runs.using' must be 'composite'");
            return findings;
        }

        CheckSteps(name, Child(runs, "steps"), findings, requireShell: true);
        CheckPins(name, text, findings);
        return findings;
    }

    private static void CheckTopLevelPermissions(string name, YamlMappingNode root, List<string> findings)
    {
        switch (Child(root, "permissions"))
        {
            case null:
                findings.Add($"{name}: no top-level 'permissions'; without it the token gets the repository's default, which may be write-all");
                break;
            case YamlMappingNode permissions:
                foreach (var (scope, level) in permissions.Children)
                {
                    if (level is YamlScalarNode { Value: not ("read" or "none") })
                    {
                        findings.Add($"{name}:{Line(level)}: top-level permission '{scope}: {level}' is not read-only; grant writes to the one job that needs them");
                    }
                }

                break;
            case YamlScalarNode { Value: not "read-all" } scalar when !string.IsNullOrEmpty(scalar.Value):
                findings.Add($"{name}:{Line(scalar)}: top-level 'permissions: {scalar.Value}' is not read-only");
                break;
        }
    }

    private static void CheckJob(string name, string id, YamlMappingNode job, bool forPullRequests, List<string> findings)
    {
        if (Child(job, "timeout-minutes") is null)
        {
            findings.Add($"{name}:{Line(job)}: job '{id}' has no 'timeout-minutes'; a hung step would hold a runner for six hours");
        }

        var writes = Child(job, "permissions") switch
        {
            YamlMappingNode permissions => permissions.Children.Where(p => p.Value is YamlScalarNode { Value: "write" }).Select(p => p.Key.ToString()).ToList(),
            YamlScalarNode { Value: "write-all" } => ["write-all"],
            _ => [],
        };
        var steps = Child(job, "steps") as YamlSequenceNode;
        if (writes.Count > 0 && forPullRequests)
        {
            findings.Add($"{name}:{Line(job)}: job '{id}' of a pull-request workflow asks for write permissions ({string.Join(", ", writes)})");
        }
        else if (writes.Count > 0 && steps?.Children.OfType<YamlMappingNode>().Any(s => Child(s, "run") is not null) == true)
        {
            findings.Add($"{name}:{Line(job)}: job '{id}' can write ({string.Join(", ", writes)}) and also runs scripts; keep the writing job to pinned actions alone");
        }

        CheckSteps(name, steps, findings, requireShell: false);
    }

    private static void CheckSteps(string name, YamlNode? steps, List<string> findings, bool requireShell)
    {
        if (steps is not YamlSequenceNode sequence)
        {
            return;
        }

        foreach (var step in sequence.Children.OfType<YamlMappingNode>())
        {
            if (Child(step, "run") is YamlScalarNode run)
            {
                if (ExpressionPattern().IsMatch(run.Value ?? string.Empty))
                {
                    findings.Add($"{name}:{Line(run)}: a 'run' script contains '${{{{ … }}}}'; the value is pasted into the script before it runs, so text from an event or an input can run as code: pass it through 'env:' and use \"$VARIABLE\"");
                }

                if (requireShell && Child(step, "shell") is null)
                {
                    findings.Add($"{name}:{Line(step)}: a composite action's 'run' step needs 'shell:'");
                }
            }

            if (Scalar(step, "uses") is { } uses && uses.StartsWith("actions/checkout@", StringComparison.Ordinal)
                && (Child(step, "with") is not YamlMappingNode with || Scalar(with, "persist-credentials") != "false"))
            {
                findings.Add($"{name}:{Line(step)}: actions/checkout without 'persist-credentials: false' leaves the token in .git/config for every later step");
            }
        }
    }

    // On the text, because the version comment is not part of the YAML data.
    private static void CheckPins(string name, string text, List<string> findings)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = UsesPattern().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var reference = match.Groups["ref"].Value.Trim('"', '\'');
            if (reference.StartsWith("./", StringComparison.Ordinal))
            {
                continue;
            }

            if (!PinnedPattern().IsMatch(reference))
            {
                findings.Add($"{name}:{i + 1}: '{reference}' is not pinned to a full commit SHA; a tag or branch can be moved to other code");
            }
            else if (!match.Groups["version"].Success)
            {
                findings.Add($"{name}:{i + 1}: '{reference}' needs a '# vX.Y.Z' comment saying which release the SHA is");
            }
        }
    }

    private static List<(string Name, long Line)> Triggers(YamlMappingNode root) => Child(root, "on") switch
    {
        YamlScalarNode scalar => [(scalar.Value ?? string.Empty, Line(scalar))],
        YamlSequenceNode sequence => [.. sequence.Children.OfType<YamlScalarNode>().Select(s => (s.Value ?? string.Empty, Line(s)))],
        YamlMappingNode mapping => [.. mapping.Children.Keys.OfType<YamlScalarNode>().Select(s => (s.Value ?? string.Empty, Line(s)))],
        _ => [],
    };

    private static IEnumerable<YamlScalarNode> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar],
        YamlSequenceNode sequence => sequence.Children.SelectMany(Scalars),
        YamlMappingNode mapping => mapping.Children.SelectMany(p => Scalars(p.Key).Concat(Scalars(p.Value))),
        _ => [],
    };

    private static YamlMappingNode Parse(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new FormatException("expected one YAML document with a mapping at its root");
    }

    private static YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode mapping, string key) => (Child(mapping, key) as YamlScalarNode)?.Value;

    private static long Line(YamlNode node) => node.Start.Line;

    [GeneratedRegex(@"\$\{\{[^}]*\bsecrets\.")]
    private static partial Regex SecretsPattern();

    [GeneratedRegex(@"\$\{\{")]
    private static partial Regex ExpressionPattern();

    [GeneratedRegex(@"^\s*(-\s+)?uses:\s*(?<ref>[^\s#]+)\s*(#\s*(?<version>v\d+\.\d+\.\d+)\b)?")]
    private static partial Regex UsesPattern();

    [GeneratedRegex(@"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+(/[^@]+)?@[0-9a-f]{40}$|^docker://[^@]+@sha256:[0-9a-f]{64}$")]
    private static partial Regex PinnedPattern();
}
