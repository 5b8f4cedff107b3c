using Fluid;
using Fluid.Ast;

namespace FleetCatalog.Rendering.Templates;

/// <summary>The partials and filters a parsed template names, so a missing one is reported before any page is rendered.</summary>
internal sealed class TemplateReferences : AstVisitor
{
    private readonly List<string> partials = [];
    private readonly List<string> filters = [];

    private TemplateReferences()
    {
    }

    /// <summary>Partial names as written in <c>render</c> and <c>include</c> (only literal names can be checked).</summary>
    public IReadOnlyList<string> Partials => partials;

    public IReadOnlyList<string> Filters => filters;

    public static TemplateReferences Of(IFluidTemplate template)
    {
        var references = new TemplateReferences();
        references.VisitTemplate(template);
        return references;
    }

    protected override Statement VisitRenderStatement(RenderStatement renderStatement)
    {
        partials.Add(renderStatement.Path);
        return base.VisitRenderStatement(renderStatement);
    }

    protected override Statement VisitIncludeStatement(IncludeStatement includeStatement)
    {
        if (includeStatement.Path is LiteralExpression literal)
        {
            partials.Add(literal.Value.ToStringValue());
        }

        return base.VisitIncludeStatement(includeStatement);
    }

    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        filters.Add(filterExpression.Name);
        return base.VisitFilterExpression(filterExpression);
    }
}
