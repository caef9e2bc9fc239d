using Newtonsoft.Json.Linq;

namespace SamDeploy.Resources.Events.Pull;

/// <summary>The statement that lets the poller manage network interfaces in the source's VPC.</summary>
internal static class VpcNetworkInterfaces
{
    public static JObject Statement() => new()
    {
        ["Action"] = new JArray(
            "ec2:CreateNetworkInterface",
            "ec2:DescribeNetworkInterfaces",
            "ec2:DeleteNetworkInterface",
            "ec2:DescribeVpcs",
            "ec2:DescribeSubnets",
            "ec2:DescribeSecurityGroups"),
        ["Effect"] = "Allow",
        ["Resource"] = "*",
    };
}
