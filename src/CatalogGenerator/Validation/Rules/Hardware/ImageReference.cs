namespace FleetCatalog.Validation.Rules.Hardware;

/// <summary>An image reference split as Docker does: <c>registry/path/name:tag@digest</c>.</summary>
/// <param name="Registry">The host, when the first part names one (has a dot or a port, or is localhost).</param>
internal sealed record ImageReference(string? Registry, IReadOnlyList<string> Path, string? Tag)
{
    public static ImageReference Parse(string image)
    {
        var text = image.Trim();
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            text = text[..at];
        }

        string? tag = null;
        var colon = text.LastIndexOf(':');
        if (colon > text.LastIndexOf('/'))
        {
            tag = text[(colon + 1)..];
            text = text[..colon];
        }

        var parts = text.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        string? registry = null;
        if (parts.Count > 1 && (parts[0].Contains('.', StringComparison.Ordinal) || parts[0].Contains(':', StringComparison.Ordinal) || parts[0] == "localhost"))
        {
            registry = parts[0];
            parts.RemoveAt(0);
        }

        return new ImageReference(registry, parts, tag);
    }
}
