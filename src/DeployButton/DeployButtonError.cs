namespace FleetCatalog.DeployButton;

/// <summary>Why one value cannot go into a deploy URL: what is wrong, with the value the author probably meant when there is one.</summary>
public sealed class DeployButtonError
{
    internal DeployButtonError(DeployParameter parameter, DeployButtonErrorKind kind, string? value, string reason, string? suggestion = null)
    {
        Parameter = parameter.Name;
        Kind = kind;
        Value = value;
        Suggestion = suggestion;
        var shown = value is null ? string.Empty : $" '{value}'";
        var meant = suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
        Message = $"{parameter.Label}{shown} {(suggestion is null ? reason : reason.TrimEnd('.'))}{meant}";
    }

    /// <summary>The query parameter the value was meant for: <c>repoUrl</c>, <c>defaultDeviceType</c>, <c>configUrl</c> or <c>tarballUrl</c>.</summary>
    public string Parameter { get; }

    /// <summary>What kind of problem it is, for code that reacts to it; people read <see cref="Message"/>.</summary>
    public DeployButtonErrorKind Kind { get; }

    /// <summary>The value as given, trimmed, with any password or token replaced by <c>***</c>; null when it was empty.</summary>
    public string? Value { get; }

    /// <summary>The value the author probably meant, ready to use; null when there is no likely one.</summary>
    public string? Suggestion { get; }

    /// <summary>One or two sentences for the author: the value, what is wrong, why it matters and, where likely, "did you mean …?".</summary>
    public string Message { get; }

    /// <summary>The <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
