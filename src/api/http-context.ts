import { createContext, useContext } from 'react';
import type { HttpClient } from './http';

export const HttpContext = createContext<HttpClient | undefined>(undefined);

/** The py-ispyb client of this app instance (base URL from config.json, token from the session). */
export function useHttp(): HttpClient {
  const http = useContext(HttpContext);
  if (!http) throw new Error('useHttp() outside <HttpContext.Provider>');
  return http;
}
