namespace FleetCatalog.Rendering.Model;

/// <summary>
/// HTML that templates output as it is, without encoding. Only two kinds of text may be wrapped: HTML that
/// has been through the sanitiser (guides, post-provisioning text, learn pages) and markup our own code
/// builds safely (JSON-LD from <see cref="StructuredData"/>, a rendered layout's body). Every other string in
/// a view model is encoded by the templates, so a project cannot inject markup through its name or a variable.
/// </summary>
internal sealed record SafeHtml(string Value)
{
    public static SafeHtml Empty { get; } = new(string.Empty);

    public bool IsEmpty => Value.Length == 0;

    public override string ToString() => Value;
}
