namespace SamDeploy.Templates.Writing;

/// <summary>The text format a template is written in.</summary>
public enum TemplateFormat
{
    /// <summary>JSON, indented by two spaces.</summary>
    Json = 0,

    /// <summary>YAML, block style, with intrinsic functions in their long form.</summary>
    Yaml = 1,
}
