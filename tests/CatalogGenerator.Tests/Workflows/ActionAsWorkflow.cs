using YamlDotNet.RepresentationModel;

namespace FleetCatalog.Tests.Workflows;

/// <summary>
/// actionlint reads workflows, not action metadata. A composite action's steps are checked the same way by
/// wrapping them in a workflow: its inputs become <c>workflow_call</c> inputs (so <c>inputs.*</c> is typed) and its
/// steps one job's steps (so expressions, step ids and <c>steps.*.outputs</c> references are checked).
/// </summary>
internal static class ActionAsWorkflow
{
    public static string Wrap(string actionText)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(actionText));
        var action = (YamlMappingNode)stream.Documents[0].RootNode;
        var runs = (YamlMappingNode)action.Children[new YamlScalarNode("runs")];

        var inputs = new YamlMappingNode();
        if (action.Children.TryGetValue(new YamlScalarNode("inputs"), out var declared) && declared is YamlMappingNode declaredInputs)
        {
            foreach (var (name, input) in declaredInputs.Children)
            {
                var wrapped = new YamlMappingNode { { "type", "string" } };
                if (input is YamlMappingNode properties)
                {
                    foreach (var key in new[] { "description", "required", "default" })
                    {
                        if (properties.Children.TryGetValue(new YamlScalarNode(key), out var value))
                        {
                            wrapped.Add(key, value);
                        }
                    }
                }

                inputs.Add(name, wrapped);
            }
        }

        var workflow = new YamlMappingNode
        {
            { "name", "action.yml as a workflow" },
            { "on", new YamlMappingNode { { "workflow_call", new YamlMappingNode { { "inputs", inputs } } } } },
            { "permissions", new YamlMappingNode { { "contents", "read" } } },
            {
                "jobs", new YamlMappingNode
                {
                    {
                        "action", new YamlMappingNode
                        {
                            { "runs-on", "ubuntu-latest" },
                            { "steps", runs.Children[new YamlScalarNode("steps")] },
                        }
                    },
                }
            },
        };

        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(workflow)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }
}
