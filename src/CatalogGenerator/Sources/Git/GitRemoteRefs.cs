namespace FleetCatalog.Sources.Git;

/// <summary>What <c>git ls-remote --symref</c> printed: HEAD, the branch it points to, and refs with their SHAs.</summary>
internal sealed class GitRemoteRefs
{
    private const string Peeled = "^{}";
    private readonly Dictionary<string, string> refs;

    private GitRemoteRefs(Dictionary<string, string> refs, string? headTarget)
    {
        this.refs = refs;
        HeadTarget = headTarget;
    }

    /// <summary>The ref HEAD is a symbolic link to ("refs/heads/main"), when the host says.</summary>
    public string? HeadTarget { get; }

    public string? DefaultBranch => HeadTarget is { } target && target.StartsWith(GitRefNames.Heads, StringComparison.Ordinal)
        ? target[GitRefNames.Heads.Length..]
        : null;

    public string? Head => refs.GetValueOrDefault("HEAD");

    /// <summary>Branch and tag names, for "did you mean".</summary>
    public IEnumerable<string> ShortNames => refs.Keys
        .Where(n => !n.EndsWith(Peeled, StringComparison.Ordinal))
        .Select(n => n.StartsWith(GitRefNames.Heads, StringComparison.Ordinal) ? n[GitRefNames.Heads.Length..]
            : n.StartsWith(GitRefNames.Tags, StringComparison.Ordinal) ? n[GitRefNames.Tags.Length..]
            : null)
        .OfType<string>();

    public static GitRemoteRefs Parse(string output)
    {
        var refs = new Dictionary<string, string>(StringComparer.Ordinal);
        string? headTarget = null;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var (value, name) = (line[..tab], line[(tab + 1)..]);
            if (value.StartsWith("ref: ", StringComparison.Ordinal))
            {
                headTarget = name == "HEAD" ? value["ref: ".Length..] : headTarget;
            }
            else if (GitRefNames.IsFullSha(value))
            {
                refs[name] = value.ToLowerInvariant();
            }
        }

        return new GitRemoteRefs(refs, headTarget);
    }

    /// <summary>The commit a full ref name points to: for an annotated tag the peeled commit, not the tag object.</summary>
    public string? CommitOf(string refName) => refs.GetValueOrDefault(refName + Peeled) ?? refs.GetValueOrDefault(refName);

    /// <summary>The commits of every ref tip that start with <paramref name="prefix"/> (an abbreviated SHA), without repeats.</summary>
    public IReadOnlyList<string> CommitsStartingWith(string prefix) => refs.Keys
        .Where(n => !n.EndsWith(Peeled, StringComparison.Ordinal))
        .Select(n => CommitOf(n)!)
        .Where(sha => sha.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        .Distinct(StringComparer.Ordinal)
        .ToList();
}
