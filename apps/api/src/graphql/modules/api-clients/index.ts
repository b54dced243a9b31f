// Third-party API clients: the regional administrator's console section and the client's own view.
import './api-client';
import './api-client-operations';
