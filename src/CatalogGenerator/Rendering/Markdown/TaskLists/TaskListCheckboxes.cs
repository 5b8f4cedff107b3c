using AngleSharp.Dom;

namespace FleetCatalog.Rendering.Markdown.TaskLists;

/// <summary>
/// The only form control a guide keeps is a task list's tick box, and it cannot be changed: every other
/// <c>&lt;input&gt;</c> is removed, and each box is named "Done" or "Not done" for screen readers.
/// </summary>
internal static class TaskListCheckboxes
{
    public static void Apply(IElement root)
    {
        foreach (var input in root.QuerySelectorAll("input").ToList())
        {
            if (!string.Equals(input.GetAttribute("type"), "checkbox", StringComparison.OrdinalIgnoreCase))
            {
                input.Remove();
                continue;
            }

            var done = input.HasAttribute("checked");
            foreach (var attribute in input.Attributes.Select(a => a.Name).ToList())
            {
                input.RemoveAttribute(attribute);
            }

            input.SetAttribute("type", "checkbox");
            input.SetAttribute("disabled", string.Empty);
            if (done)
            {
                input.SetAttribute("checked", string.Empty);
            }

            input.SetAttribute("aria-label", done ? "Done" : "Not done");
        }
    }
}
