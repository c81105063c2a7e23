export function half(id: string): "tune" | "check";
