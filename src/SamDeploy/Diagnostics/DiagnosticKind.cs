namespace SamDeploy.Diagnostics;

/// <summary>
/// Which part of the template a diagnostic is about. It decides the prefix of the reference's
/// message (for example <c>Resource with id [X] is invalid.</c>) and how errors are ordered.
/// </summary>
public enum DiagnosticKind
{
    /// <summary>The text could not be read as YAML or JSON.</summary>
    Syntax = 0,

    /// <summary>The structure of the template (<c>Structure of the SAM template is invalid.</c>).</summary>
    Template = 1,

    /// <summary>The <c>Globals</c> section (<c>'Globals' section is invalid.</c>).</summary>
    Globals = 2,

    /// <summary>One resource (<c>Resource with id [X] is invalid.</c>).</summary>
    Resource = 3,

    /// <summary>One event source of a function (<c>Event with id [X] is invalid.</c>).</summary>
    Event = 4,

    /// <summary>A message that is complete as it stands (for example a duplicate logical id).</summary>
    Plain = 5,

    /// <summary>An input limit of <see cref="SamDeploy.Transform.TransformOptions"/> was exceeded.</summary>
    Limit = 6,
}
