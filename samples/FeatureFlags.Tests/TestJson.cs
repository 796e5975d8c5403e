using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace FeatureFlags.Tests;

/// <summary>JSON metadata for values the tests build.</summary>
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(List<string>[]))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class TestJson : JsonSerializerContext;
