/** The model's derived fields are readonly to everything but the derive step, which writes them through this type. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
