using System.ComponentModel;
using System.Text.Json;

namespace DynamoGen.Json;

/// <summary>
/// Reads one attribute value for generated code: <paramref name="reader"/> is on the value's type descriptor
/// (<c>"S"</c> in <c>{"S":"text"}</c>) and is left on the value's closing <c>}</c>.
/// </summary>
/// <typeparam name="T">The value's C# type.</typeparam>
/// <param name="reader">The reader.</param>
/// <returns>The value.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate T JsonValueReader<T>(ref Utf8JsonReader reader);

/// <summary>Writes one (non-null) attribute value object, <c>{"S":"text"}</c>, for generated code.</summary>
/// <typeparam name="T">The value's C# type.</typeparam>
/// <param name="writer">The writer.</param>
/// <param name="value">The value.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate void JsonValueWriter<T>(Utf8JsonWriter writer, T value);
